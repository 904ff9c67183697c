import type { KioskDatabase } from '../../store/open.ts';

/**
 * Where a sign-in comes from (issue #16.7): the kiosk itself (its PIN pad and anything else on
 * 127.0.0.1, see staff-guard.ts) or one paired device, by its id. Sign-in is by PIN alone, and the PIN
 * is what names the staff member, so a wrong PIN belongs to no staff member: wrong PINs are counted per
 * device, and a right one clears only its own device's count.
 */
export type SignInDevice = 'kiosk' | `device:${number}`;

/** Wrong PINs in a row a device may make before it must wait: a slip of the finger, twice, is not an attack. */
export const wrongPinsBeforeDelay = 3;
/** The longest wait between tries, reached after 11 wrong PINs in a row (2, 4, 8 … 256, then 300 s). */
export const longestDelaySeconds = 300;

/**
 * The hall-wide ceiling: this many wrong PINs from all devices together within the window stops
 * sign-in from paired devices until the window has passed, and staff are told (a staff notice).
 *
 * The trade-off: the ceiling never stops the kiosk's own PIN pad, so a guesser at the kiosk (in front
 * of the hall's staff) is slowed only by the kiosk's own growing delay; in return, a paired device (the
 * TV, a console left signed out) that guesses can never lock staff out of the kiosk, as the one hall-wide
 * lock did before. While the ceiling holds, consoles sign in at the kiosk or wait; a staff member
 * signed in at the kiosk sees the notice and an admin can revoke the guessing device.
 */
export const hallCeiling = { wrongPins: 10, windowMs: 15 * 60 * 1000 } as const;

/** `hall`: the hall-wide ceiling stops this paired device, whatever its own count (signInCeiling). */
export type SignInAttempt = { ok: true; attempt: number } | { ok: false; retryAfterSeconds: number; hall: boolean };

/** 2^k seconds after the k-th wrong PIN beyond the free ones, capped. */
export function delaySecondsAfter(wrongAttempts: number): number {
  if (wrongAttempts < wrongPinsBeforeDelay) return 0;
  return Math.min(2 ** (wrongAttempts - wrongPinsBeforeDelay + 1), longestDelaySeconds);
}

function secondsUntil(at: string | null, now: Date): number {
  return at === null ? 0 : Math.max(0, Math.ceil((Date.parse(at) - now.getTime()) / 1000));
}

function ceilingUntil(db: KioskDatabase): string | null {
  return db.prepare('SELECT until FROM sign_in_ceiling WHERE id = 1').pluck().get() as string | null;
}

/**
 * Counts a sign-in attempt as wrong before its PIN is checked, so a burst of parallel guesses cannot all
 * slip in while scrypt runs: the third in a row sets the device's wait at once (recordWrongPin starts it
 * again once the PIN is found wrong), and an attempt whose PIN turns out right clears it
 * (signInSucceeded). It lives in SQLite so a restart keeps it.
 */
export function startSignInAttempt(db: KioskDatabase, device: SignInDevice, now: Date): SignInAttempt {
  return db
    .transaction((): SignInAttempt => {
      const hallWait = device === 'kiosk' ? 0 : secondsUntil(ceilingUntil(db), now);
      if (hallWait > 0) return { ok: false, retryAfterSeconds: hallWait, hall: true };
      const row = db.prepare('SELECT wrong_attempts, retry_at FROM sign_in_delay WHERE device = ?').get(device) as
        | { wrong_attempts: number; retry_at: string | null }
        | undefined;
      const deviceWait = secondsUntil(row?.retry_at ?? null, now);
      if (deviceWait > 0) return { ok: false, retryAfterSeconds: deviceWait, hall: false };
      const attempt = (row?.wrong_attempts ?? 0) + 1;
      const delay = delaySecondsAfter(attempt);
      const retryAt = delay > 0 ? new Date(now.getTime() + delay * 1000).toISOString() : null;
      db.prepare(
        `INSERT INTO sign_in_delay (device, wrong_attempts, retry_at) VALUES (?, ?, ?)
         ON CONFLICT (device) DO UPDATE SET wrong_attempts = excluded.wrong_attempts, retry_at = excluded.retry_at`,
      ).run(device, attempt, retryAt);
      return { ok: true, attempt };
    })
    .immediate();
}

/** A right PIN: this device's count starts again. Other devices' counts stay as they are. */
export function signInSucceeded(db: KioskDatabase, device: SignInDevice): void {
  db.prepare('DELETE FROM sign_in_delay WHERE device = ?').run(device);
}

export interface WrongPin {
  /** How long the device must now wait, counted from when its PIN was found wrong (scrypt takes a while). */
  retryAfterSeconds: number;
  wrongPinsInWindow: number;
  /** True only for the wrong PIN that raised the ceiling, so staff are told once, not for every PIN after it. */
  ceilingRaised: boolean;
  ceilingUntil?: string;
}

/**
 * Records a PIN found wrong: the device's wait starts now, and the PIN counts towards the hall-wide
 * ceiling, which is raised when it is reached.
 */
export function recordWrongPin(db: KioskDatabase, device: SignInDevice, attempt: number, now: Date): WrongPin {
  return db
    .transaction((): WrongPin => {
      const retryAfterSeconds = delaySecondsAfter(attempt);
      if (retryAfterSeconds > 0) {
        db.prepare('UPDATE sign_in_delay SET retry_at = ? WHERE device = ? AND wrong_attempts = ?').run(
          new Date(now.getTime() + retryAfterSeconds * 1000).toISOString(),
          device,
          attempt,
        );
      }
      const windowStart = new Date(now.getTime() - hallCeiling.windowMs).toISOString();
      db.prepare('DELETE FROM sign_in_failure WHERE at <= ?').run(windowStart);
      db.prepare('INSERT INTO sign_in_failure (at, device) VALUES (?, ?)').run(now.toISOString(), device);
      const wrongPinsInWindow = db.prepare('SELECT count(*) FROM sign_in_failure').pluck().get() as number;
      if (wrongPinsInWindow < hallCeiling.wrongPins) return { retryAfterSeconds, wrongPinsInWindow, ceilingRaised: false };
      const alreadyRaised = secondsUntil(ceilingUntil(db), now) > 0;
      const until = new Date(now.getTime() + hallCeiling.windowMs).toISOString();
      db.prepare('UPDATE sign_in_ceiling SET until = ? WHERE id = 1').run(until);
      return { retryAfterSeconds, wrongPinsInWindow, ceilingRaised: !alreadyRaised, ceilingUntil: until };
    })
    .immediate();
}
