import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../store/open.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { isPairedDevice, issuePairingCode, pairDeviceWithCode } from './device-pairing.ts';

const tempDir = useTempDir();
const issuedAt = new Date('2026-03-02T08:30:00Z');
const later = (ms: number) => new Date(issuedAt.getTime() + ms);

function store() {
  return openStore(join(tempDir(), 'kiosk.db')).db;
}

describe('pairing a hall device', () => {
  test('a six-digit code, good for five minutes, becomes a device token once', () => {
    const db = store();
    const { code, expiresAt } = issuePairingCode(db, 'demo-admin', issuedAt);
    expect(code).toMatch(/^\d{6}$/);
    expect(expiresAt).toBe('2026-03-02T08:35:00.000Z');

    const paired = pairDeviceWithCode(db, code, later(60_000));
    expect(paired).toMatchObject({ ok: true, pairedBy: 'demo-admin' });
    if (!paired.ok) return;
    expect(isPairedDevice(db, paired.token)).toBe(true);
    expect(pairDeviceWithCode(db, code, later(61_000))).toEqual({ ok: false, error: 'wrong-code' });
  });

  test('keeps only a hash of the token', () => {
    const db = store();
    const paired = pairDeviceWithCode(db, issuePairingCode(db, 'demo-admin', issuedAt).code, issuedAt);
    if (!paired.ok) throw new Error('pairing failed');
    expect(JSON.stringify(db.prepare('SELECT * FROM paired_device').all())).not.toContain(paired.token);
  });

  test('an unknown token or none is not a paired device', () => {
    const db = store();
    expect(isPairedDevice(db, undefined)).toBe(false);
    expect(isPairedDevice(db, 'made-up-token')).toBe(false);
  });

  test('refuses a code after five minutes', () => {
    const db = store();
    const { code } = issuePairingCode(db, 'demo-admin', issuedAt);
    expect(pairDeviceWithCode(db, code, later(5 * 60_000))).toEqual({ ok: false, error: 'code-expired' });
  });

  test('a new code replaces the one before', () => {
    const db = store();
    const first = issuePairingCode(db, 'demo-admin', issuedAt).code;
    let second = issuePairingCode(db, 'demo-admin', issuedAt).code;
    while (second === first) second = issuePairingCode(db, 'demo-admin', issuedAt).code;
    expect(pairDeviceWithCode(db, first, issuedAt)).toEqual({ ok: false, error: 'wrong-code' });
    expect(pairDeviceWithCode(db, second, issuedAt)).toMatchObject({ ok: true });
  });

  test('five wrong guesses cancel the code', () => {
    const db = store();
    const { code } = issuePairingCode(db, 'demo-admin', issuedAt);
    const wrong = code === '000000' ? '000001' : '000000';
    for (let guess = 0; guess < 5; guess += 1) expect(pairDeviceWithCode(db, wrong, issuedAt)).toEqual({ ok: false, error: 'wrong-code' });
    expect(pairDeviceWithCode(db, code, issuedAt)).toEqual({ ok: false, error: 'wrong-code' });
  });

  test('four wrong guesses leave the code usable', () => {
    const db = store();
    const { code } = issuePairingCode(db, 'demo-admin', issuedAt);
    const wrong = code === '000000' ? '000001' : '000000';
    for (let guess = 0; guess < 4; guess += 1) pairDeviceWithCode(db, wrong, issuedAt);
    expect(pairDeviceWithCode(db, code, issuedAt)).toMatchObject({ ok: true });
  });
});
