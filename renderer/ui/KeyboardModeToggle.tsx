import { Check } from 'lucide-react';
import { ToggleButton } from 'react-aria-components';
import { guardPress } from '../a11y/press-guard.ts';

export interface KeyboardModeToggleProps {
  label: string;
  selected: boolean;
  onPress: () => void;
}

/** 拼音, 英文 or 数字: a toggle button, never a radio, so Up/Down only ever moves (accessibility.md); a tick as well as colour. */
export function KeyboardModeToggle({ label, selected, onPress }: KeyboardModeToggleProps) {
  return (
    <ToggleButton className="kiosk-button kiosk-toggle pinyin-keyboard__mode" isSelected={selected} onPress={guardPress(onPress)}>
      <Check className="kiosk-toggle__check" aria-hidden focusable={false} />
      {label}
    </ToggleButton>
  );
}
