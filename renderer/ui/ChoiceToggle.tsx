import { Check } from 'lucide-react';
import type { ReactNode } from 'react';
import { ToggleButton } from 'react-aria-components';
import '../a11y/dialog.css';
import './ChoiceToggle.css';

export interface ChoiceToggleProps {
  isSelected: boolean;
  onChange: (isSelected: boolean) => void;
  children: ReactNode;
}

/**
 * One answer as a big toggle button with a tick when chosen (accessibility.md, Keypad: choices are
 * toggle buttons, so Up/Down move between them and never change an answer). Put a row of them in a
 * `.choice-toggles` group.
 */
export function ChoiceToggle({ isSelected, onChange, children }: ChoiceToggleProps) {
  return (
    <ToggleButton className="kiosk-button kiosk-toggle choice-toggle" isSelected={isSelected} onChange={onChange}>
      <Check className="kiosk-toggle__check" aria-hidden focusable={false} />
      {children}
    </ToggleButton>
  );
}
