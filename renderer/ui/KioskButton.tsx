import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { ButtonProps } from 'react-aria-components';
import { guardPress } from '../a11y/press-guard.ts';
import './KioskButton.css';

export type KioskButtonVariant = 'primary' | 'secondary' | 'bar';

export interface KioskButtonProps extends Omit<ButtonProps, 'children' | 'className'> {
  variant?: KioskButtonVariant;
  /** A picture beside the words (product.md: icons matter to residents who read little). */
  icon?: ReactNode;
  children: ReactNode;
}

/** Every resident button: react-aria's Button (activates on release), at kiosk sizes. */
export function KioskButton({ variant = 'secondary', icon, children, onPress, ...props }: KioskButtonProps) {
  return (
    <Button {...props} onPress={guardPress(onPress)} className={`kiosk-button kiosk-button--${variant}`}>
      {icon}
      <span className="kiosk-button__label">{children}</span>
    </Button>
  );
}
