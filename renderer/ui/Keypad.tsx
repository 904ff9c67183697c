import { Delete } from 'lucide-react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { guardPress } from '../a11y/press-guard.ts';
import './Keypad.css';

/** A 12-key phone-style pad, 1-2-3 on top as on the hall's tactile keypad; '' leaves a key's place empty. */
export const phoneKeys: readonly string[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '', '0'];
/** The same pad with X, which only an ID number's last character can be (GB 11643). */
export const idNumberKeys: readonly string[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', '0'];

export interface KeypadProps {
  /** The keys that type, three to a row, before 删除 and 清空. */
  keys: readonly string[];
  /** The pad's accessible name: what it types into. */
  label: string;
  onKey: (key: string) => void;
  onDeleteOne: () => void;
  onClear: () => void;
}

/** Big keys that type into one field, with 删除 and 清空 after them. The kiosk never depends on the operating system's keyboard. */
export function Keypad({ keys, label, onKey, onDeleteOne, onClear }: KeypadProps) {
  const { t } = useTranslation();
  return (
    <div className="keypad" role="group" aria-label={label}>
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
