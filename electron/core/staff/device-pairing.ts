import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { KioskDatabase } from '../../store/open.ts';

/** A pairing code: six digits, shown at the kiosk and typed on the device being paired. */
export const PairingCode = z.string().regex(/^\d{6}$/, 'six digits');

/** Long enough to walk to the device and type it; short enough that a code seen over a shoulder goes stale. */
export const pairingCodeLifetimeMs = 5 * 60 * 1000;

/** Six digits allow a million guesses; five wrong ones cancel the code, so staff make a new one. */
const wrongCodesBeforeCancel = 5;

/**
 * Makes the one pending pairing code, replacing any earlier one. Only staff signed in at the kiosk itself
 * may ask (staff-routes), so a device is paired in front of the kiosk.
 */
export function issuePairingCode(db: KioskDatabase, issuedBy: string, now = new Date()): { code: string; expiresAt: string } {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + pairingCodeLifetimeMs).toISOString();
  db.prepare(
    `INSERT INTO pairing_code (id, code, issued_by, expires_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET code = excluded.code, issued_by = excluded.issued_by,
       expires_at = excluded.expires_at, wrong_attempts = 0`,
  ).run(code, issuedBy, expiresAt);
  return { code, expiresAt };
}

export type DevicePairing =
  | { ok: true; deviceId: number; token: string; pairedBy: string }
  | { ok: false; error: 'wrong-code' | 'code-expired' };

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Exchanges the pending code for a device token, once: the code is gone afterwards. Only the token's
 * hash is kept, so a copy of the database cannot pose as a paired device.
 */
export function pairDeviceWithCode(db: KioskDatabase, code: string, now = new Date()): DevicePairing {
  return db
    .transaction((): DevicePairing => {
      const pending = db.prepare('SELECT code, issued_by, expires_at, wrong_attempts FROM pairing_code WHERE id = 1').get() as
        | { code: string; issued_by: string; expires_at: string; wrong_attempts: number }
        | undefined;
      if (!pending) return { ok: false, error: 'wrong-code' };
      const matches = code.length === pending.code.length && timingSafeEqual(Buffer.from(code), Buffer.from(pending.code));
      if (!matches) {
        if (pending.wrong_attempts + 1 >= wrongCodesBeforeCancel) db.prepare('DELETE FROM pairing_code WHERE id = 1').run();
        else db.prepare('UPDATE pairing_code SET wrong_attempts = wrong_attempts + 1 WHERE id = 1').run();
        return { ok: false, error: 'wrong-code' };
      }
      db.prepare('DELETE FROM pairing_code WHERE id = 1').run();
      if (Date.parse(pending.expires_at) <= now.getTime()) return { ok: false, error: 'code-expired' };

      const token = randomBytes(32).toString('base64url');
      const { lastInsertRowid } = db
        .prepare('INSERT INTO paired_device (token_hash, paired_by, paired_at) VALUES (?, ?, ?)')
        .run(tokenHash(token), pending.issued_by, now.toISOString());
      return { ok: true, deviceId: Number(lastInsertRowid), token, pairedBy: pending.issued_by };
    })
    .immediate();
}

/** Whether a device's token (its kiosk_device cookie) belongs to a paired device. */
export function isPairedDevice(db: KioskDatabase, token: string | undefined): boolean {
  if (!token) return false;
  return db.prepare('SELECT 1 FROM paired_device WHERE token_hash = ?').get(tokenHash(token)) !== undefined;
}
