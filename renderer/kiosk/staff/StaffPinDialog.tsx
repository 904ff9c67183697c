import { LogIn, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { KioskButton } from '../../ui/KioskButton.tsx';
import { Keypad, phoneKeys } from '../../ui/Keypad.tsx';
import { usePrompt, useVoice } from '../../voice/VoiceProvider.tsx';
import type { StaffMember } from '../../staff-session.ts';
import { signInAtKiosk } from './staff-api.ts';
import '../../a11y/dialog.css';
import './staff.css';

const pinLength = { min: 4, max: 8 } as const;

type PinProblem = { error: 'too-short' | 'refused' | 'unreachable' } | { error: 'wrong-pin'; attemptsLeft: number } | { error: 'locked'; seconds: number };

export interface StaffPinDialogProps {
  onSignedIn: (staff: StaffMember) => void;
  onClose: () => void;
}

/**
 * Staff sign-in at the kiosk, opened by Ctrl+Alt+S or five taps on the top-left corner (useStaffEntry.ts).
 * The PIN is never in a text field: it shows as dots and is never spoken, not even through headphones
 * (accessibility.md, Hearing: PINs are never read aloud). Digits come from the on-screen keypad or the
 * physical one; Backspace deletes one, Delete clears.
 */
export function StaffPinDialog({ onSignedIn, onClose }: StaffPinDialogProps) {
  const { t } = useTranslation();
  const voice = useVoice();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<PinProblem>();
  const busy = useRef(false);
  usePrompt([{ id: 'staffMode.pin.heading' }, { id: 'staffMode.pin.prompt' }]);

  const type = (change: (now: string) => string) => {
    setProblem(undefined);
    setPin((now) => change(now).slice(0, pinLength.max));
  };
  const latest = useRef(type);
  useEffect(() => {
    latest.current = type;
  });
  // Registered once: a listener re-added during a key's dispatch would miss that key.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (/^[0-9]$/.test(event.key)) latest.current((now) => now + event.key);
      else if (event.key === 'Backspace') latest.current((now) => now.slice(0, -1));
      else if (event.key === 'Delete') latest.current(() => '');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const problemText = (shown: PinProblem) => {
    switch (shown.error) {
      case 'wrong-pin':
        return t('staffMode.pin.wrong', { count: shown.attemptsLeft });
      case 'locked':
        // Issue #16.7: the wait grows from 2 seconds, so it is said in seconds until it reaches a minute.
        return shown.seconds < 60
          ? t('staffMode.pin.lockedSeconds', { seconds: shown.seconds })
          : t('staffMode.pin.locked', { minutes: Math.ceil(shown.seconds / 60) });
      default:
        return t(`staffMode.pin.${shown.error}`);
    }
  };
  const show = (shown: PinProblem) => {
    setProblem(shown);
    // Said as the new prompt, so 重听 repeats it.
    voice.prompt([{ text: problemText(shown) }]);
  };

  const submit = async () => {
    if (pin.length < pinLength.min) return show({ error: 'too-short' });
    if (busy.current) return;
    busy.current = true;
    const answer = await signInAtKiosk(pin);
    busy.current = false;
    setPin('');
    if (answer.ok) return onSignedIn(answer.staff);
    if (answer.error === 'wrong-pin') show({ error: 'wrong-pin', attemptsLeft: answer.attemptsLeft });
    else if (answer.error === 'locked') show({ error: 'locked', seconds: answer.retryAfterSeconds });
    else show({ error: answer.error });
  };

  return (
    <Modal isOpen onOpenChange={(open) => !open && onClose()} className="kiosk-modal">
      <Dialog className="kiosk-dialog staff-pin" aria-describedby="staff-pin-prompt">
        <div className="staff-pin__entry">
          <Heading slot="title">{t('staffMode.pin.heading')}</Heading>
          <p id="staff-pin-prompt">{t('staffMode.pin.prompt')}</p>
          {problem && (
            <p className="staff-pin__problem" role="alert">
              <span aria-hidden="true">⚠ </span>
              {problemText(problem)}
            </p>
          )}
          <div className="staff-pin__typed">
            <p className="staff-pin__dots" aria-hidden="true">
              {'●'.repeat(pin.length) || '–'}
            </p>
            <p aria-live="polite">{t('staffMode.pin.entered', { count: pin.length })}</p>
          </div>
          <div className="kiosk-dialog__choices">
            <KioskButton icon={<X aria-hidden focusable={false} />} onPress={onClose}>
              {t('staffMode.pin.cancel')}
            </KioskButton>
            <KioskButton variant="primary" icon={<LogIn aria-hidden focusable={false} />} onPress={() => void submit()}>
              {t('staffMode.pin.signIn')}
            </KioskButton>
          </div>
        </div>
        <Keypad
          keys={phoneKeys}
          label={t('keypad.label', { field: t('staffMode.pin.label') })}
          onKey={(key) => type((now) => now + key)}
          onDeleteOne={() => type((now) => now.slice(0, -1))}
          onClear={() => type(() => '')}
        />
      </Dialog>
    </Modal>
  );
}
