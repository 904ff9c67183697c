import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../store/open.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { findPairedDevice, issuePairingCode, listPairedDevices, pairDeviceWithCode, revokePairedDevice } from './device-pairing.ts';

const tempDir = useTempDir();
const issuedAt = new Date('2026-03-02T08:30:00Z');
const later = (ms: number) => new Date(issuedAt.getTime() + ms);
const day = 24 * 60 * 60 * 1000;
const idleLimitMs = 30 * day;

function store() {
  return openStore(join(tempDir(), 'kiosk.db')).db;
}

describe('pairing a hall device', () => {
  test('a six-digit code, good for five minutes, becomes a device token once', () => {
    const db = store();
    const { code, expiresAt } = issuePairingCode(db, 'demo-admin', issuedAt);
    expect(code).toMatch(/^\d{6}$/);
    expect(expiresAt).toBe('2026-03-02T08:35:00.000Z');

    const paired = pairDeviceWithCode(db, code, { now: later(60_000) });
    expect(paired).toMatchObject({ ok: true, pairedBy: 'demo-admin' });
    if (!paired.ok) return;
    expect(findPairedDevice(db, paired.token, { now: later(60_000), idleLimitMs })).toEqual({ id: paired.deviceId });
    expect(pairDeviceWithCode(db, code, { now: later(61_000) })).toEqual({ ok: false, error: 'wrong-code' });
  });

  test('keeps only a hash of the token', () => {
    const db = store();
    const paired = pairDeviceWithCode(db, issuePairingCode(db, 'demo-admin', issuedAt).code, { now: issuedAt });
    if (!paired.ok) throw new Error('pairing failed');
    expect(JSON.stringify(db.prepare('SELECT * FROM paired_device').all())).not.toContain(paired.token);
  });

  test('an unknown token or none is not a paired device', () => {
    const db = store();
    expect(findPairedDevice(db, undefined, { idleLimitMs })).toBeUndefined();
    expect(findPairedDevice(db, 'made-up-token', { idleLimitMs })).toBeUndefined();
  });

  test('refuses a code after five minutes', () => {
    const db = store();
    const { code } = issuePairingCode(db, 'demo-admin', issuedAt);
    expect(pairDeviceWithCode(db, code, { now: later(5 * 60_000) })).toEqual({ ok: false, error: 'code-expired' });
  });

  test('a new code replaces the one before', () => {
    const db = store();
    const first = issuePairingCode(db, 'demo-admin', issuedAt).code;
    let second = issuePairingCode(db, 'demo-admin', issuedAt).code;
    while (second === first) second = issuePairingCode(db, 'demo-admin', issuedAt).code;
    expect(pairDeviceWithCode(db, first, { now: issuedAt })).toEqual({ ok: false, error: 'wrong-code' });
    expect(pairDeviceWithCode(db, second, { now: issuedAt })).toMatchObject({ ok: true });
  });

  test('five wrong guesses cancel the code', () => {
    const db = store();
    const { code } = issuePairingCode(db, 'demo-admin', issuedAt);
    const wrong = code === '000000' ? '000001' : '000000';
    for (let guess = 0; guess < 5; guess += 1) expect(pairDeviceWithCode(db, wrong, { now: issuedAt })).toEqual({ ok: false, error: 'wrong-code' });
    expect(pairDeviceWithCode(db, code, { now: issuedAt })).toEqual({ ok: false, error: 'wrong-code' });
  });

  test('four wrong guesses leave the code usable', () => {
    const db = store();
    const { code } = issuePairingCode(db, 'demo-admin', issuedAt);
    const wrong = code === '000000' ? '000001' : '000000';
    for (let guess = 0; guess < 4; guess += 1) pairDeviceWithCode(db, wrong, { now: issuedAt });
    expect(pairDeviceWithCode(db, code, { now: issuedAt })).toMatchObject({ ok: true });
  });
});

describe('paired devices, listed, revoked and expiring (issue #16.8)', () => {
  function pairedTv(db: ReturnType<typeof store>) {
    const paired = pairDeviceWithCode(db, issuePairingCode(db, 'demo-admin', issuedAt).code, { now: issuedAt, name: '大厅电视', address: '192.168.1.20' });
    if (!paired.ok) throw new Error('pairing failed');
    return paired;
  }

  test('lists a device with its name, who paired it and when, and when and where it was last seen', () => {
    const db = store();
    const tv = pairedTv(db);
    expect(listPairedDevices(db, { now: issuedAt, idleLimitMs })).toEqual([
      {
        id: tv.deviceId,
        name: '大厅电视',
        pairedAt: issuedAt.toISOString(),
        pairedBy: 'demo-admin',
        lastSeenAt: issuedAt.toISOString(),
        lastAddress: '192.168.1.20',
        expired: false,
      },
    ]);
  });

  test('each use marks it seen, at most once a minute, and at once from a new address, so a replay from elsewhere shows', () => {
    const db = store();
    const tv = pairedTv(db);
    const seen = () => listPairedDevices(db, { now: later(0), idleLimitMs })[0];
    findPairedDevice(db, tv.token, { now: later(30_000), address: '192.168.1.20', idleLimitMs });
    expect(seen()).toMatchObject({ lastSeenAt: issuedAt.toISOString() });
    findPairedDevice(db, tv.token, { now: later(2 * day), address: '192.168.1.20', idleLimitMs });
    expect(seen()).toMatchObject({ lastSeenAt: later(2 * day).toISOString(), lastAddress: '192.168.1.20' });
    findPairedDevice(db, tv.token, { now: later(2 * day + 1000), address: '10.0.0.66', idleLimitMs });
    expect(seen()).toMatchObject({ lastSeenAt: later(2 * day + 1000).toISOString(), lastAddress: '10.0.0.66' });
  });

  test('a token unused for longer than the hall allows no longer pairs its device; use keeps it alive', () => {
    const db = store();
    const tv = pairedTv(db);
    expect(findPairedDevice(db, tv.token, { now: later(29 * day), idleLimitMs })).toEqual({ id: tv.deviceId });
    expect(findPairedDevice(db, tv.token, { now: later(58 * day), idleLimitMs })).toEqual({ id: tv.deviceId });
    expect(findPairedDevice(db, tv.token, { now: later(89 * day), idleLimitMs })).toBeUndefined();
    expect(listPairedDevices(db, { now: later(89 * day), idleLimitMs })).toMatchObject([{ id: tv.deviceId, expired: true }]);
  });

  test('a revoked device is refused at once and leaves the list; revoking it again or an unknown one is refused', () => {
    const db = store();
    const tv = pairedTv(db);
    expect(revokePairedDevice(db, tv.deviceId, 'demo-admin', later(1000))).toEqual({ ok: true });
    expect(findPairedDevice(db, tv.token, { now: later(2000), idleLimitMs })).toBeUndefined();
    expect(listPairedDevices(db, { now: later(2000), idleLimitMs })).toEqual([]);
    expect(db.prepare('SELECT revoked_at, revoked_by FROM paired_device').get()).toEqual({ revoked_at: later(1000).toISOString(), revoked_by: 'demo-admin' });
    expect(revokePairedDevice(db, tv.deviceId, 'demo-admin')).toEqual({ ok: false, error: 'unknown-device' });
    expect(revokePairedDevice(db, 999, 'demo-admin')).toEqual({ ok: false, error: 'unknown-device' });
  });
});
