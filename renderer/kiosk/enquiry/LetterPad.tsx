import { Delete } from 'lucide-react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { guardPress } from '../../a11y/press-guard.ts';
import '../../ui/Keypad.css';
import './enquiry.css';

export interface LetterPadProps {
  letters: string;
  label: string;
  onKey: (letter: string) => void;
  onDeleteOne: () => void;
  onClear: () => void;
}

/**
 * The reference's letters as big keys, laid out and sized like the digit keypad: only the twelve letters
 * a reference can hold (AFHJKLMRUWXY), so there are few to choose from and none to get wrong.
 */
export function LetterPad({ letters, label, onKey, onDeleteOne, onClear }: LetterPadProps) {
  const { t } = useTranslation();
  return (
    <div className="keypad letter-pad" role="group" aria-label={label}>
      {[...letters].map((letter) => (
        <Button key={letter} className="keypad__key" onPress={guardPress(() => onKey(letter))}>
          {letter}
        </Button>
      ))}
      <Button className="keypad__key keypad__key--delete" aria-label={t('keypad.deleteOne')} onPress={guardPress(onDeleteOne)}>
        <Delete aria-hidden focusable={false} />
      </Button>
      <Button className="keypad__key keypad__key--clear" onPress={guardPress(onClear)}>
        {t('keypad.clear')}
      </Button>
    </div>
  );
}
