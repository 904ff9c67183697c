import { useEffect, useRef, useState } from 'react';
import { Dialog, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { KioskButton } from '../ui/KioskButton.tsx';
import { Keybinding, bindingFor } from './keymap.ts';
import type { KeybindingName } from './keymap.ts';
import { usePrompt, useVoice } from '../voice/VoiceProvider.tsx';
import './dialog.css';

export interface KeyHelpProps {
  onClose: () => void;
}

/**
 * F1: key-help mode. Every key says what it does instead of doing it, until F1 is pressed again.
 * It owns the keyboard in the capture phase while it is open.
 */
export function KeyHelp({ onClose }: KeyHelpProps) {
  const { t } = useTranslation();
  const [explained, setExplained] = useState<KeybindingName | 'digit' | undefined>();

  // Registered once: a listener re-added during a key's dispatch would miss that key.
  const voice = useVoice();
  usePrompt([{ id: 'keys.help.heading' }, { id: 'keys.help.prompt' }]);
  const latest = useRef({ onClose, voice });
  useEffect(() => {
    latest.current = { onClose, voice };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      event.preventDefault();
      event.stopPropagation();
      if (event.repeat) return;
      if (event.key === Keybinding.HELP) {
        latest.current.onClose();
        return;
      }
      const binding = /^[0-9xX]$/.test(event.key) ? 'digit' : bindingFor(event.key);
      if (!binding) return;
      setExplained(binding);
      latest.current.voice.say([{ id: `keys.${binding}` }]);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  return (
    <Modal isOpen className="kiosk-modal" isKeyboardDismissDisabled>
      <Dialog className="kiosk-dialog" aria-describedby="key-help-what">
        <Heading slot="title">{t('keys.help.heading')}</Heading>
        <p id="key-help-what">{t('keys.help.prompt')}</p>
        <p className="kiosk-dialog__explained" role="status">
          {explained ? t(`keys.${explained}`) : ''}
        </p>
        <KioskButton variant="primary" onPress={onClose}>
          {t('keys.help.close')}
        </KioskButton>
      </Dialog>
    </Modal>
  );
}
