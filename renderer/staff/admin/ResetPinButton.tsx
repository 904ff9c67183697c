import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { staffApi } from '../staff-api.ts';
import type { ApiResult, StaffMember } from '../staff-api.ts';
import { checkNewPin } from './new-pin.ts';
import type { NewPinCheck } from './new-pin.ts';
import { NewPinFields } from './NewPinFields.tsx';

export interface ResetPinButtonProps {
  member: StaffMember;
  onDone: (result: ApiResult, savedText: string) => void;
}

/** A staff member forgot their PIN (or was locked out): the admin sets a new one. */
export function ResetPinButton({ member, onDone }: ResetPinButtonProps) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [check, setCheck] = useState<NewPinCheck>();
  const forget = () => {
    setPin('');
    setAgain('');
    setCheck(undefined);
  };
  return (
    <DialogTrigger onOpenChange={forget}>
      <Button className="staff__button">{t('staff.admin.staff.resetPin')}</Button>
      <ModalOverlay className="staff__overlay" isDismissable>
        <Modal className="staff__modal">
          <Dialog className="staff__dialog">
            {({ close }) => (
              <Form
                validationBehavior="aria"
                className="staff__form"
                onSubmit={(event) => {
                  event.preventDefault();
                  const checked = checkNewPin(pin, again);
                  setCheck(checked);
                  if (checked !== 'ok') return;
                  void staffApi.resetPin(member.id, pin).then((result) => {
                    onDone(result, t('staff.admin.staff.pinReset', { name: member.name }));
                    if (result.ok) close();
                  });
                }}
              >
                <Heading slot="title">{t('staff.admin.staff.resetPinFor', { name: member.name })}</Heading>
                <NewPinFields pin={pin} again={again} onPin={setPin} onAgain={setAgain} check={check} />
                <div className="staff__actions">
                  <Button className="staff__button" onPress={close}>
                    {t('staff.confirm.cancel')}
                  </Button>
                  <Button type="submit" className="staff__button staff__button--primary">
                    {t('staff.admin.save')}
                  </Button>
                </div>
              </Form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
