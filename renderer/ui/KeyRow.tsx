import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { guardPress } from '../a11y/press-guard.ts';

export interface KeyRowProps {
  id: string;
  /** Names the row, and while scanning the one control that stands for it ("第 2 行：h i j k l m n"). */
  label: string;
  className: string;
  /** Switch scanning is on and the row has keys: the row is one step until it is chosen, then its keys are. */
  scanning: boolean;
  open: boolean;
  onOpen: (id: string) => void;
  children: ReactNode;
}

/**
 * One row of the on-screen keyboard. While switch scanning is on, scanning steps through whole rows
 * first and then through the keys of the row chosen (row-column scanning, as AAC devices do), so a key
 * is a handful of steps away instead of fifty. The other rows' keys are inert meanwhile, and the one
 * focus-navigation module skips inert controls.
 */
export function KeyRow({ id, label, className, scanning, open, onOpen, children }: KeyRowProps) {
  const closed = scanning && !open;
  return (
    <div role="group" aria-label={label} className="key-row" data-row={id}>
      {closed && <Button className="key-row__choose" aria-label={label} onPress={guardPress(() => onOpen(id))} />}
      <div className={className} inert={closed}>
        {children}
      </div>
    </div>
  );
}
