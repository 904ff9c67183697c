import { Delete } from 'lucide-react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { guardPress } from '../a11y/press-guard.ts';
import './Keypad.css';

export type KeypadKind = 'id-number' | 'phone';

export interface KeypadProps {
  kind: KeypadKind;
  /** The field the keys type into, for its accessible name. */
  fieldLabel: string;
  onKey: (key: string) => void;
  onDeleteOne: () => void;
  onClear: () => void;
}

/**
 * A 12-key phone-style pad (1-2-3 on top, as on the hall's tactile keypad), with X only for ID numbers.
 * The kiosk never depends on the operating system's keyboard.
 */
export function Keypad({ kind, fieldLabel, onKey, onDeleteOne, onClear }: KeypadProps) {
  const { t } = useTranslation();
  const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', kind === 'id-number' ? 'X' : '', '0'];
  return (
    <div className="keypad" role="group" aria-label={t('keypad.label', { field: fieldLabel })}>
      {keys.map((key, index) =>
        key === '' ? (
          <span key={`blank-${index}`} className="keypad__blank" />
        ) : (
          <Button key={key} className="keypad__key" onPress={guardPress(() => onKey(key))}>
            {key}
          </Button>
        ),
      )}
      <Button className="keypad__key keypad__key--delete" aria-label={t('keypad.deleteOne')} onPress={guardPress(onDeleteOne)}>
        <Delete aria-hidden focusable={false} />
      </Button>
      <Button className="keypad__key keypad__key--clear" onPress={guardPress(onClear)}>
        {t('keypad.clear')}
      </Button>
    </div>
  );
}
