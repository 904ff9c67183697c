import { Phone, RotateCcw, X } from 'lucide-react';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { KioskButton } from '../../ui/KioskButton.tsx';
import { usePrompt } from '../../voice/VoiceProvider.tsx';
import type { SpeechItem } from '../../voice/speech-player.ts';
import type { HelpCall } from './useHelpCall.ts';
import '../../a11y/dialog.css';
import './help.css';

export interface HelpDialogProps {
  call: Exclude<HelpCall, { state: 'none' }>;
  /** The hall's duty phone from its settings, for when the call could not be made at all. */
  hallDutyPhone: string;
  onRetry: () => void;
  onClose: () => void;
}

/**
 * What happened to the resident's call, said at once: someone is coming, someone has seen it, or
 * nobody can come now and here is the duty phone, read digit by digit. The resident never waits for nobody.
 */
export function HelpDialog({ call, hallDutyPhone, onRetry, onClose }: HelpDialogProps) {
  const { t } = useTranslation();
  const message = `help.${call.state}`;
  const dutyPhone = call.state === 'nobody' || call.state === 'closed' ? call.dutyPhone : call.state === 'failed' || call.state === 'too-many' ? hallDutyPhone : undefined;
  const staffComing = call.state === 'waiting' || call.state === 'acknowledged';
  const prompt: SpeechItem[] = [
    { id: message },
    ...(dutyPhone ? [{ text: dutyPhone, digitByDigit: true }] : []),
    ...(staffComing ? [{ id: 'help.canClose' }] : []),
  ];
  usePrompt(prompt);
  return (
    <Modal isOpen onOpenChange={(open) => !open && onClose()} className="kiosk-modal">
      <Dialog className="kiosk-dialog" aria-describedby="help-call-message">
        <Heading slot="title">{t('help.heading')}</Heading>
        <p id="help-call-message" className="help-call__message" role="status">
          {t(message)}
        </p>
        {dutyPhone && (
          <p className="help-call__phone">
            <Phone aria-hidden focusable={false} />
            {dutyPhone}
          </p>
        )}
        {staffComing && <p>{t('help.canClose')}</p>}
        <div className="kiosk-dialog__choices">
          {call.state === 'failed' && (
            <KioskButton icon={<RotateCcw aria-hidden focusable={false} />} onPress={onRetry}>
              {t('help.retry')}
            </KioskButton>
          )}
          <KioskButton variant="primary" icon={<X aria-hidden focusable={false} />} onPress={onClose}>
            {t('help.close')}
          </KioskButton>
        </div>
      </Dialog>
    </Modal>
  );
}
