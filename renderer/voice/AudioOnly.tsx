import { useEffect, useRef, useState } from 'react';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { KioskButton } from '../ui/KioskButton.tsx';
import { usePrompt, useVoice } from './VoiceProvider.tsx';
import './AudioOnly.css';

/** EN 301 549 5.5.2: locate without activating. A second tap on the same control within 1 s activates it. */
const secondTapMs = 1000;
const controlSelector = 'button, input, [role="button"]';

export interface AudioOnlyProps {
  onLeave: () => void;
}

/**
 * Audio-only (privacy) mode: the screen is blank but for one exit button; everything is done by sound,
 * keypad and touch exploration. Leaving asks first.
 */
export function AudioOnly({ onLeave }: AudioOnlyProps) {
  const { t } = useTranslation();
  const voice = useVoice();
  const [confirming, setConfirming] = useState(false);
  const armed = useRef<{ control: Element; at: number }>(undefined);
  usePrompt([{ id: 'audioOnly.prompt' }]);

  useEffect(() => {
    // Decided when the finger lands, and kept for that touch's pointerup and click.
    let gesture: 'explore' | 'activate' | undefined;
    const explore = (event: Event) => {
      if (event.type === 'pointerdown') {
        const control = event.target instanceof Element ? event.target.closest(controlSelector) : null;
        if (!(control instanceof HTMLElement) || control.closest('.kiosk-modal')) {
          gesture = undefined;
          return;
        }
        const now = performance.now();
        const secondTap = armed.current?.control === control && now - armed.current.at <= secondTapMs;
        gesture = secondTap ? 'activate' : 'explore';
        armed.current = secondTap ? undefined : { control, at: now };
        if (!secondTap) {
          control.focus();
          voice.describe(control);
        }
      }
      if (gesture === 'explore') {
        event.preventDefault();
        event.stopPropagation();
      }
      if (event.type === 'click') gesture = undefined;
    };
    const types = ['pointerdown', 'pointerup', 'click'] as const;
    for (const type of types) window.addEventListener(type, explore, { capture: true });
    return () => {
      for (const type of types) window.removeEventListener(type, explore, { capture: true });
    };
  }, [voice]);

  return (
    <>
      <div className="audio-only__exit">
        <KioskButton variant="primary" onPress={() => setConfirming(true)}>
          {t('audioOnly.leave')}
        </KioskButton>
      </div>
      {confirming && <LeaveAudioOnly onLeave={onLeave} onStay={() => setConfirming(false)} />}
    </>
  );
}

function LeaveAudioOnly({ onLeave, onStay }: { onLeave: () => void; onStay: () => void }) {
  const { t } = useTranslation();
  usePrompt([{ id: 'audioOnly.confirm' }]);
  return (
    <Modal isOpen onOpenChange={(open) => !open && onStay()} className="kiosk-modal">
      <Dialog className="kiosk-dialog" role="alertdialog">
        <Heading slot="title">{t('audioOnly.confirm')}</Heading>
        <div className="kiosk-dialog__choices">
          <KioskButton variant="primary" onPress={onLeave}>
            {t('audioOnly.confirmLeave')}
          </KioskButton>
          <KioskButton variant="primary" autoFocus onPress={onStay}>
            {t('audioOnly.stay')}
          </KioskButton>
        </div>
      </Dialog>
    </Modal>
  );
}
