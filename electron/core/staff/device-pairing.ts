import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { KioskDatabase } from '../../store/open.ts';

/** A pairing code: six digits, shown at the kiosk and typed on the device being paired. */
export const PairingCode = z.string().regex(/^\d{6}$/, 'six digits');

/**
 * What staff call a paired device, so the console's list says which is which (柜台电脑, 大厅电视). No
 * control or format characters and no lone surrogates: nobody types them, and the name is shown to admins.
 */
export const DeviceName = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .regex(/^[^\p{Cc}\p{Cf}\p{Cs}]+$/u, 'letters, digits and spaces a person types');

/** Long enough to walk to the device and type it; short enough that a code seen over a shoulder goes stale. */
export const pairingCodeLifetimeMs = 5 * 60 * 1000;

/** Six digits allow a million guesses; five wrong ones cancel the code, so staff make a new one. */
const wrongCodesBeforeCancel = 5;

/** A device's last-seen time is written at most this often, so a busy board does not write on every request. */
const lastSeenResolutionMs = 60 * 1000;

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
export function pairDeviceWithCode(
  db: KioskDatabase,
  code: string,
  { now = new Date(), name, address }: { now?: Date; name?: string; address?: string } = {},
): DevicePairing {
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
        .prepare(
          `INSERT INTO paired_device (token_hash, paired_by, paired_at, name, last_seen_at, last_address)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(tokenHash(token), pending.issued_by, now.toISOString(), name ?? null, now.toISOString(), address ?? null);
      return { ok: true, deviceId: Number(lastInsertRowid), token, pairedBy: pending.issued_by };
    })
    .immediate();
}

export interface DeviceUse {
  now?: Date;
  /** The address the request came from, kept so staff see a token replayed from elsewhere. */
  address?: string;
  /** Issue #16.8: a token unused for this long no longer pairs its device (the hall's network.pairedDeviceIdleDays). */
  idleLimitMs: number;
}

function isIdleTooLong(lastSeenAt: string, now: Date, idleLimitMs: number): boolean {
  return now.getTime() - Date.parse(lastSeenAt) > idleLimitMs;
}

/**
 * The paired device a token (its kiosk_device cookie) belongs to, or undefined for none, a revoked one or
 * one unused for too long. A live one is marked seen, from this address.
 */
export function findPairedDevice(db: KioskDatabase, token: string | undefined, { now = new Date(), address, idleLimitMs }: DeviceUse): { id: number } | undefined {
  if (!token) return undefined;
  const device = db.prepare('SELECT id, last_seen_at, last_address, revoked_at FROM paired_device WHERE token_hash = ?').get(tokenHash(token)) as
    | { id: number; last_seen_at: string; last_address: string | null; revoked_at: string | null }
    | undefined;
  if (!device || device.revoked_at !== null || isIdleTooLong(device.last_seen_at, now, idleLimitMs)) return undefined;
  const moved = address !== undefined && address !== device.last_address;
  if (moved || now.getTime() - Date.parse(device.last_seen_at) >= lastSeenResolutionMs) {
    db.prepare('UPDATE paired_device SET last_seen_at = ?, last_address = ? WHERE id = ?').run(now.toISOString(), address ?? device.last_address, device.id);
  }
  return { id: device.id };
}

export interface PairedDevice {
  id: number;
  name: string | null;
  pairedAt: string;
  pairedBy: string;
  lastSeenAt: string;
  lastAddress: string | null;
  /** Unused for longer than the hall allows: refused, and listed so staff know why it asks to pair. */
  expired: boolean;
}

/** The devices an admin may revoke: every one not yet revoked, most recently seen first. */
export function listPairedDevices(db: KioskDatabase, { now = new Date(), idleLimitMs }: Omit<DeviceUse, 'address'>): PairedDevice[] {
  const rows = db
    .prepare(
      `SELECT id, name, paired_at, paired_by, last_seen_at, last_address FROM paired_device
       WHERE revoked_at IS NULL ORDER BY last_seen_at DESC, id DESC`,
    )
    .all() as { id: number; name: string | null; paired_at: string; paired_by: string; last_seen_at: string; last_address: string | null }[];
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    pairedAt: row.paired_at,
    pairedBy: row.paired_by,
    lastSeenAt: row.last_seen_at,
    lastAddress: row.last_address,
    expired: isIdleTooLong(row.last_seen_at, now, idleLimitMs),
  }));
}

/** An admin ends a device's pairing: its next request is refused, and it must pair again with a new code. */
export function revokePairedDevice(db: KioskDatabase, id: number, revokedBy: string, now = new Date()): { ok: true } | { ok: false; error: 'unknown-device' } {
  const { changes } = db
    .prepare('UPDATE paired_device SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL')
    .run(now.toISOString(), revokedBy, id);
  return changes === 1 ? { ok: true } : { ok: false, error: 'unknown-device' };
}
