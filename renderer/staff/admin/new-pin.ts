/** The contract's PIN: 4 to 8 digits. */
const pinPattern = /^\d{4,8}$/;

export type NewPinCheck = 'ok' | 'format' | 'mismatch';

/** A new PIN is typed twice, so a slip of the finger does not lock someone out. */
export function checkNewPin(pin: string, again: string): NewPinCheck {
  if (!pinPattern.test(pin)) return 'format';
  return pin === again ? 'ok' : 'mismatch';
}
