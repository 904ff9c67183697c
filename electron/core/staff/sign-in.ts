import { events } from '../../events.ts';
import type { RecordAudit } from '../audit/audit-log.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { addStaffNotice } from './notices.ts';
import { verifyPin } from './pin.ts';
import type { SignedInStaff } from './sessions.ts';
import { hallCeiling, recordWrongPin, signInSucceeded, startSignInAttempt, wrongPinsBeforeDelay } from './sign-in-lock.ts';
import type { SignInDevice } from './sign-in-lock.ts';
import type { StaffMember } from './staff-config.ts';

export type SignInResult =
  /** `member` (with its PIN hash) is for pin-upgrade.ts only; a route answers with `staff`. */
  | { ok: true; staff: SignedInStaff; member: StaffMember }
  | { ok: false; error: 'wrong-pin'; attemptsLeft: number }
  | { ok: false; error: 'locked'; retryAfterSeconds: number }
  /** The hall-wide ceiling: a paired device waits however right its PIN; the kiosk itself is never stopped by it. */
  | { ok: false; error: 'hall-locked'; retryAfterSeconds: number };

/**
 * The staff member whose PIN this is. Every member's hash is checked (in parallel: scrypt runs on the
 * thread pool), so how long it takes says nothing about whose PIN it was.
 */
export async function findStaffByPin(staff: readonly StaffMember[], pin: string): Promise<StaffMember | undefined> {
  const matches = await Promise.all(staff.map((member) => verifyPin(pin, member.pinHash)));
  return staff.find((_, index) => matches[index]);
}

/**
 * A staff sign-in by PIN alone (a hall worker types only their PIN), from one device. Each wrong PIN is
 * audited, without the PIN; from the third in a row the device waits a growing time (sign-in-lock.ts),
 * and too many across the hall raise the hall-wide ceiling, which staff are told about.
 */
export async function signIn(
  db: KioskDatabase,
  audit: RecordAudit,
  staff: readonly StaffMember[],
  pin: string,
  device: SignInDevice = 'kiosk',
  now: () => Date = () => new Date(),
): Promise<SignInResult> {
  const attempt = startSignInAttempt(db, device, now());
  if (!attempt.ok) return { ok: false, error: attempt.hall ? 'hall-locked' : 'locked', retryAfterSeconds: attempt.retryAfterSeconds };

  const member = await findStaffByPin(staff, pin);
  if (member) {
    signInSucceeded(db, device);
    return { ok: true, staff: { id: member.id, name: member.name, role: member.role }, member };
  }

  const { retryAfterSeconds, ...hall } = recordWrongPin(db, device, attempt.attempt, now());
  audit(events.staffPinFailed, { device, attempt: attempt.attempt, retryAfterSeconds }, null);
  if (hall.ceilingRaised && hall.ceilingUntil) {
    const detail = { wrongPins: String(hall.wrongPinsInWindow), minutes: String(hallCeiling.windowMs / 60_000), until: hall.ceilingUntil };
    audit(events.staffSignInCeiling, detail, null);
    addStaffNotice(db, 'sign-in-ceiling', detail, now());
  }
  if (retryAfterSeconds === 0) return { ok: false, error: 'wrong-pin', attemptsLeft: wrongPinsBeforeDelay - attempt.attempt };
  audit(events.staffLockedOut, { device, wrongPins: attempt.attempt, retryAfterSeconds }, null);
  return { ok: false, error: 'locked', retryAfterSeconds };
}
