import { events } from '../../events.ts';
import type { RecordAudit } from '../audit/audit-log.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { verifyPin } from './pin.ts';
import type { SignedInStaff } from './sessions.ts';
import { signInLockedUntil, signInSucceeded, startSignInAttempt, wrongPinsBeforeLock } from './sign-in-lock.ts';
import type { StaffMember } from './staff-config.ts';

export type SignInResult =
  | { ok: true; staff: SignedInStaff }
  | { ok: false; error: 'wrong-pin'; attemptsLeft: number }
  | { ok: false; error: 'locked'; retryAfterSeconds: number };

/**
 * The staff member whose PIN this is. Every member's hash is checked (in parallel: scrypt runs on the
 * thread pool), so how long it takes says nothing about whose PIN it was.
 */
export async function findStaffByPin(staff: readonly StaffMember[], pin: string): Promise<StaffMember | undefined> {
  const matches = await Promise.all(staff.map((member) => verifyPin(pin, member.pinHash)));
  return staff.find((_, index) => matches[index]);
}

/**
 * A staff sign-in by PIN alone (a hall worker types only their PIN). Each wrong PIN is audited, without
 * the PIN; the fifth in a row locks sign-in (sign-in-lock.ts) and that is audited too.
 */
export async function signIn(
  db: KioskDatabase,
  audit: RecordAudit,
  staff: readonly StaffMember[],
  pin: string,
  now: () => Date = () => new Date(),
): Promise<SignInResult> {
  const attempt = startSignInAttempt(db, now());
  if (!attempt.ok) return { ok: false, error: 'locked', retryAfterSeconds: attempt.retryAfterSeconds };

  const member = await findStaffByPin(staff, pin);
  if (member) {
    signInSucceeded(db);
    return { ok: true, staff: { id: member.id, name: member.name, role: member.role } };
  }

  const attemptsLeft = Math.max(0, wrongPinsBeforeLock - attempt.attempt);
  audit(events.staffPinFailed, { attempt: attempt.attempt, attemptsLeft }, null);
  const lock = attemptsLeft === 0 ? signInLockedUntil(db, now()) : undefined;
  if (!lock) return { ok: false, error: 'wrong-pin', attemptsLeft };
  audit(events.staffLockedOut, { wrongPins: attempt.attempt, lockedUntil: lock.lockedUntil }, null);
  return { ok: false, error: 'locked', retryAfterSeconds: lock.retryAfterSeconds };
}
