import { Button } from 'react-aria-components';
import { guardPress } from '../a11y/press-guard.ts';

export interface KeyboardKeyProps {
  label: string;
  /** Said with a mark that says nothing read alone (·, ，). */
  spokenName?: string;
  /** Words (删除, 空格) rather than one letter. */
  wide?: boolean;
  onPress: () => void;
}

/** One key of the on-screen keyboard: a react-aria Button, activated on release, behind the double-tap guard. */
export function KeyboardKey({ label, spokenName, wide = false, onPress }: KeyboardKeyProps) {
  return (
    <Button
      className={wide ? 'pinyin-keyboard__key pinyin-keyboard__key--wide' : 'pinyin-keyboard__key'}
      aria-label={spokenName && `${label} ${spokenName}`}
      onPress={guardPress(onPress)}
    >
      <span className="pinyin-keyboard__label">{label}</span>
    </Button>
  );
}
