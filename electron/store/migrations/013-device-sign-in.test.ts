import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { findPairedDevice, listPairedDevices } from '../../core/staff/device-pairing.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { migrate } from '../migrate.ts';
import { migrations } from './index.ts';

const tempDir = useTempDir();

test('migration 13: a device paired before it stays paired, unnamed, counted as seen at the upgrade', () => {
  const db = new Database(join(tempDir(), 'kiosk.db'));
  migrate(db, migrations.filter((migration) => migration.version <= 12));
  // The token's hash as device-pairing.ts keeps it: sha256 of the token, in hex.
  const tokenHash = '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae'; // sha256('foo')
  db.prepare("INSERT INTO paired_device (token_hash, paired_by, paired_at) VALUES (?, 'demo-admin', '2025-01-02T08:00:00.000Z')").run(tokenHash);
  db.prepare('UPDATE staff_sign_in_lock SET wrong_attempts = 4 WHERE id = 1').run();

  const before = Date.now();
  migrate(db);
  const [device] = listPairedDevices(db, { idleLimitMs: 30 * 24 * 60 * 60 * 1000 });
  expect(device).toMatchObject({ id: 1, name: null, pairedAt: '2025-01-02T08:00:00.000Z', pairedBy: 'demo-admin', lastAddress: null, expired: false });
  expect(Date.parse(device?.lastSeenAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
  expect(findPairedDevice(db, 'foo', { idleLimitMs: 30 * 24 * 60 * 60 * 1000 })).toEqual({ id: 1 });
  // The hall-wide count is gone with its table; per-device waits start empty.
  expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'staff_sign_in_lock'").pluck().get()).toBe(0);
  expect(db.prepare('SELECT count(*) FROM sign_in_delay').pluck().get()).toBe(0);
});
