import type { KioskDatabase } from '../../store/open.ts';

/** Issue #6: five wrong PINs in a row lock staff sign-in for five minutes. */
export const wrongPinsBeforeLock = 5;
export const signInLockMs = 5 * 60 * 1000;

export type SignInAttempt = { ok: true; attempt: number } | { ok: false; retryAfterSeconds: number };

interface LockRow {
  wrong_attempts: number;
  locked_until: string | null;
}

function lockRow(db: KioskDatabase): LockRow {
  return db.prepare('SELECT wrong_attempts, locked_until FROM staff_sign_in_lock WHERE id = 1').get() as LockRow;
}

function secondsUntil(lockedUntil: string, now: Date): number {
  return Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000);
}

/**
 * Counts a sign-in attempt as wrong before its PIN is checked, so a burst of parallel guesses cannot all
 * slip in while scrypt runs: the fifth in a row sets the lock at once, and an attempt whose PIN turns out
 * right clears it (signInSucceeded).
 *
 * The lock is hall-wide, not per address: a hall has one PIN pad per kiosk and a few consoles, and an
 * attacker on the hall network could change address at will. It lives in SQLite so a restart keeps it.
 */
export function startSignInAttempt(db: KioskDatabase, now: Date): SignInAttempt {
  return db
    .transaction((): SignInAttempt => {
      const row = lockRow(db);
      if (row.locked_until !== null && secondsUntil(row.locked_until, now) > 0) {
        return { ok: false, retryAfterSeconds: secondsUntil(row.locked_until, now) };
      }
      // A lock that has run out starts a fresh count.
      const attempt = (row.locked_until === null ? row.wrong_attempts : 0) + 1;
      const lockedUntil = attempt >= wrongPinsBeforeLock ? new Date(now.getTime() + signInLockMs).toISOString() : null;
      db.prepare('UPDATE staff_sign_in_lock SET wrong_attempts = ?, locked_until = ? WHERE id = 1').run(attempt, lockedUntil);
      return { ok: true, attempt };
    })
    .immediate();
}

/** A right PIN: the count starts again, and a lock its own attempt set is lifted. */
export function signInSucceeded(db: KioskDatabase): void {
  db.prepare('UPDATE staff_sign_in_lock SET wrong_attempts = 0, locked_until = NULL WHERE id = 1').run();
}

/** When the current lock ends, or undefined when sign-in is open. */
export function signInLockedUntil(db: KioskDatabase, now: Date): { lockedUntil: string; retryAfterSeconds: number } | undefined {
  const { locked_until: lockedUntil } = lockRow(db);
  if (lockedUntil === null || secondsUntil(lockedUntil, now) <= 0) return undefined;
  return { lockedUntil, retryAfterSeconds: secondsUntil(lockedUntil, now) };
}
