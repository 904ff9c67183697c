import { Check } from 'lucide-react';
import { useRef, useState } from 'react';
import { Dialog, Heading, Modal, ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { KioskButton } from '../ui/KioskButton.tsx';
import { usePrompt, useVoice } from '../voice/VoiceProvider.tsx';
import { PageButtons } from './PageButtons.tsx';
import { audioOutputs, scanModes, textSizes, themes, useSessionSettings } from './session-settings.tsx';
import type { SessionSettings } from './session-settings.tsx';
import './dialog.css';

export interface DisplayPanelProps {
  onClose: () => void;
  /** Shows and speaks what changed. */
  announce: (text: string) => void;
  /** One step of volume or speed, spoken back. */
  onStep: (setting: 'volume' | 'speed', direction: 1 | -1) => void;
}

interface ChoiceRowProps {
  setting: 'textSize' | 'theme' | 'scanMode' | 'output';
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
            className="kiosk-button kiosk-toggle"
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

interface StepRowProps {
  setting: 'volume' | 'speed';
  value: string;
  onStep: (setting: 'volume' | 'speed', direction: 1 | -1) => void;
}

function StepRow({ setting, value, onStep }: StepRowProps) {
  const { t } = useTranslation();
  const labelId = `display-${setting}`;
  const [down, up] = setting === 'volume' ? ['quieter', 'louder'] : ['slower', 'faster'];
  return (
    <div role="group" aria-labelledby={labelId} className="display-panel__row">
      <h3 id={labelId}>
        {t(`displayVoice.${setting}`)}: {value}
      </h3>
      <div className="kiosk-dialog__choices">
        <KioskButton onPress={() => onStep(setting, -1)}>{t(`displayVoice.${down}` as string)}</KioskButton>
        <KioskButton onPress={() => onStep(setting, 1)}>{t(`displayVoice.${up}` as string)}</KioskButton>
      </div>
    </div>
  );
}

const sections = ['see', 'hear', 'switches'] as const;
type Section = (typeof sections)[number];

/**
 * 看得清/听得见, in three parts so that each fits the screen even at the largest text: what you see
 * (text size, colours), what you hear (volume, speed, headphones, reading) and switches. Every change
 * is immediate, spoken, and wiped when the session ends.
 */
export function DisplayPanel({ onClose, announce, onStep }: DisplayPanelProps) {
  const { t } = useTranslation();
  const { settings, change } = useSessionSettings();
  const voice = useVoice();
  const [section, setSection] = useState<Section>('see');
  const body = useRef<HTMLDivElement>(null);
  usePrompt([{ id: 'display.heading' }]);
  return (
    <Modal isOpen onOpenChange={(open) => !open && onClose()} className="kiosk-modal">
      <Dialog className="kiosk-dialog display-panel">
        <Heading slot="title">{t('display.heading')}</Heading>
        <div role="group" aria-label={t('display.sections.label')} className="kiosk-dialog__choices">
          {sections.map((each) => (
            <ToggleButton key={each} className="kiosk-button kiosk-toggle" isSelected={section === each} onChange={() => setSection(each)}>
              {t(`display.sections.${each}`)}
            </ToggleButton>
          ))}
        </div>
        <div className="display-panel__body" ref={body} data-pageable>
          <div className="display-panel__rows">
            {section === 'see' && (
              <>
                <ChoiceRow setting="textSize" options={textSizes} announce={announce} />
                <ChoiceRow setting="theme" options={themes} announce={announce} />
              </>
            )}
            {section === 'hear' && (
              <>
                <StepRow setting="volume" value={`${settings.volume}%`} onStep={onStep} />
                <StepRow setting="speed" value={`${settings.speed}×`} onStep={onStep} />
                <ChoiceRow setting="output" options={audioOutputs} announce={announce} />
                <div className="kiosk-dialog__choices">
                  <KioskButton onPress={voice.pause}>{t('displayVoice.pauseSpeech')}</KioskButton>
                  <KioskButton onPress={voice.resume}>{t('displayVoice.resumeSpeech')}</KioskButton>
                  <KioskButton onPress={voice.stop}>{t('displayVoice.stopSpeech')}</KioskButton>
                  <KioskButton
                    onPress={() => {
                      change({ audioOnly: true });
                      onClose();
                    }}
                  >
                    {t('displayVoice.audioOnly')}
                  </KioskButton>
                </div>
              </>
            )}
            {section === 'switches' && <ChoiceRow setting="scanMode" options={scanModes} announce={announce} />}
          </div>
        </div>
        <PageButtons area={body} className="kiosk-dialog__choices" />
        <KioskButton variant="primary" onPress={onClose}>
          {t('display.done')}
        </KioskButton>
      </Dialog>
    </Modal>
  );
}
