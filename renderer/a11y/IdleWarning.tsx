import { useState } from 'react';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { KioskButton } from '../ui/KioskButton.tsx';
import { usePrompt } from '../voice/VoiceProvider.tsx';
import './dialog.css';

export interface IdleWarningProps {
  secondsLeft: number;
  extensionsLeft: number;
  onContinue: () => void;
  onEndNow: () => void;
}

/**
 * The one dialog that opens without a press (accessibility.md, Content). 继续 has focus, so one
 * press of Enter, a tap or a switch keeps the session.
 */
export function IdleWarning({ secondsLeft, extensionsLeft, onContinue, onEndNow }: IdleWarningProps) {
  const { t } = useTranslation();
  // Spoken once as it opens, with the time it starts from.
  const [openedWith] = useState(secondsLeft);
  usePrompt([{ id: 'idle.heading' }, { text: t('idle.countdown', { count: openedWith }) }]);
  return (
    <Modal isOpen className="kiosk-modal" isKeyboardDismissDisabled>
      <Dialog className="kiosk-dialog" role="alertdialog">
        <Heading slot="title">{t('idle.heading')}</Heading>
        <p>{t('idle.countdown', { count: secondsLeft })}</p>
        {extensionsLeft > 0 ? (
          <KioskButton variant="primary" autoFocus onPress={onContinue}>
            {t('idle.continue')}
          </KioskButton>
        ) : (
          <>
            <p>{t('idle.noMoreExtensions')}</p>
            <KioskButton variant="primary" autoFocus onPress={onEndNow}>
              {t('idle.endNow')}
            </KioskButton>
          </>
        )}
      </Dialog>
    </Modal>
  );
}
