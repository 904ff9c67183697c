import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export interface ConfirmButtonProps {
  label: string;
  question: string;
  detail: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/** A button for what cannot be undone (removing a staff member, wiping a resident's session): it asks first. */
export function ConfirmButton({ label, question, detail, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="staff__button">
        {label}
      </Button>
      <ModalOverlay className="staff__overlay" isDismissable>
        <Modal className="staff__modal">
          <Dialog role="alertdialog" className="staff__dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{question}</Heading>
                <p>{detail}</p>
                <div className="staff__actions">
                  <Button className="staff__button" onPress={close} autoFocus>
                    {t('staff.confirm.cancel')}
                  </Button>
                  <Button
                    className="staff__button staff__button--danger"
                    onPress={() => {
                      close();
                      onConfirm();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
