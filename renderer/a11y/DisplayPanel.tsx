import { Check } from 'lucide-react';
import { Dialog, Heading, Modal, ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { KioskButton } from '../ui/KioskButton.tsx';
import { scanModes, textSizes, themes, useSessionSettings } from './session-settings.tsx';
import type { SessionSettings } from './session-settings.tsx';
import './dialog.css';

export interface DisplayPanelProps {
  onClose: () => void;
  announce: (text: string) => void;
}

interface ChoiceRowProps {
  setting: keyof SessionSettings;
  options: readonly string[];
  announce: (text: string) => void;
}

/** One setting as a row of toggle buttons: Up/Down move between them and never change the answer. */
function ChoiceRow({ setting, options, announce }: ChoiceRowProps) {
  const { t } = useTranslation();
  const { settings, change } = useSessionSettings();
  const labelId = `display-${setting}`;
  const label = t(`display.${setting}.label` as string);
  const optionName = (option: string) => t(`display.${setting}.${option}` as string);
  return (
    <div role="group" aria-labelledby={labelId} className="display-panel__row">
      <h3 id={labelId}>{label}</h3>
      <div className="kiosk-dialog__choices">
        {options.map((option) => (
          <ToggleButton
            key={option}
            className={`kiosk-button kiosk-toggle display-panel__${setting}-${option}`}
            isSelected={settings[setting] === option}
            onChange={() => {
              change({ [setting]: option } as Partial<SessionSettings>);
              announce(t('display.changed', { setting: label, value: optionName(option) }));
            }}
          >
            <Check className="kiosk-toggle__check" aria-hidden focusable={false} />
            {optionName(option)}
          </ToggleButton>
        ))}
      </div>
    </div>
  );
}

/** 看得清/听得见: text size, contrast and switch scanning, changed at once and wiped at session end. */
export function DisplayPanel({ onClose, announce }: DisplayPanelProps) {
  const { t } = useTranslation();
  return (
    <Modal isOpen onOpenChange={(open) => !open && onClose()} className="kiosk-modal">
      <Dialog className="kiosk-dialog display-panel">
        <Heading slot="title">{t('display.heading')}</Heading>
        <ChoiceRow setting="textSize" options={textSizes} announce={announce} />
        <ChoiceRow setting="theme" options={themes} announce={announce} />
        <ChoiceRow setting="scanMode" options={scanModes} announce={announce} />
        <KioskButton variant="primary" onPress={onClose}>
          {t('display.done')}
        </KioskButton>
      </Dialog>
    </Modal>
  );
}
