import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../store/open.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { recentAudit } from '../audit/audit-log.ts';
import { auditFor } from '../../testing/audit-trail.ts';
import { openStaffNotices } from './notices.ts';
import { hashPin } from './pin.ts';
import { findStaffByPin, signIn } from './sign-in.ts';
import type { StaffMember } from './staff-config.ts';

const tempDir = useTempDir();

/** Cheap scrypt settings: these tests are about the lock, not the hash's strength. */
const quick = { N: 2 ** 10, r: 8, p: 1 };

async function hallStaff(): Promise<StaffMember[]> {
  return [
    { id: 'demo-admin', name: '演示管理员', role: 'admin', pinHash: await hashPin('246810', quick) },
    { id: 'wang-fang', name: '王芳', role: 'staff', pinHash: await hashPin('1357', quick) },
  ];
}

/** A clock the test moves by hand. */
function testClock(start = '2026-03-02T08:30:00Z') {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

function kioskStore(file = join(tempDir(), 'kiosk.db')) {
  const { db } = openStore(file);
  return { db, audit: auditFor(db), file };
}

describe('staff sign-in by PIN', () => {
  test('finds whose PIN it is among all the staff', async () => {
    const staff = await hallStaff();
    expect((await findStaffByPin(staff, '1357'))?.id).toBe('wang-fang');
    expect((await findStaffByPin(staff, '246810'))?.id).toBe('demo-admin');
    expect(await findStaffByPin(staff, '0000')).toBeUndefined();
  });

  test('signs in with the right PIN, never keeping the hash', async () => {
    const { db, audit } = kioskStore();
    const signedIn = await signIn(db, audit, await hallStaff(), '1357');
    expect(signedIn).toMatchObject({ ok: true, staff: { id: 'wang-fang', name: '王芳', role: 'staff' } });
    expect(signedIn.ok && Object.keys(signedIn.staff)).toEqual(['id', 'name', 'role']);
  });

  test('after three wrong PINs in a row a device waits, 2 s and then twice as long after each further wrong PIN', async () => {
    const { db, audit } = kioskStore();
    const staff = await hallStaff();
    const clock = testClock();
    const tries = [];
    for (let wrong = 0; wrong < 2; wrong += 1) tries.push(await signIn(db, audit, staff, '9999', 'kiosk', clock.now));
    for (const wait of [2, 4, 8, 16]) {
      tries.push(await signIn(db, audit, staff, '9999', 'kiosk', clock.now));
      clock.advance(wait * 1000);
    }
    expect(tries).toEqual([
      { ok: false, error: 'wrong-pin', attemptsLeft: 2 },
      { ok: false, error: 'wrong-pin', attemptsLeft: 1 },
      { ok: false, error: 'locked', retryAfterSeconds: 2 },
      { ok: false, error: 'locked', retryAfterSeconds: 4 },
      { ok: false, error: 'locked', retryAfterSeconds: 8 },
      { ok: false, error: 'locked', retryAfterSeconds: 16 },
    ]);

    // While it waits, even the right PIN is not checked.
    expect(await signIn(db, audit, staff, '9999', 'kiosk', clock.now)).toEqual({ ok: false, error: 'locked', retryAfterSeconds: 32 });
    clock.advance(31 * 1000);
    expect(await signIn(db, audit, staff, '1357', 'kiosk', clock.now)).toEqual({ ok: false, error: 'locked', retryAfterSeconds: 1 });
    clock.advance(1000);
    expect(await signIn(db, audit, staff, '1357', 'kiosk', clock.now)).toMatchObject({ ok: true, staff: { id: 'wang-fang' } });
    // The count starts again after a sign-in.
    expect(await signIn(db, audit, staff, '9999', 'kiosk', clock.now)).toEqual({ ok: false, error: 'wrong-pin', attemptsLeft: 2 });
  });

  test('the wait grows to five minutes and no further', async () => {
    const { db, audit } = kioskStore();
    const staff = await hallStaff();
    const clock = testClock();
    const waits = [];
    for (let wrong = 0; wrong < 13; wrong += 1) {
      const result = await signIn(db, audit, staff, '9999', 'device:1', clock.now);
      waits.push(result.ok || result.error === 'wrong-pin' ? 0 : result.retryAfterSeconds);
      // The hall-wide ceiling is another test's matter: keep this device under it.
      clock.advance(20 * 60 * 1000);
    }
    expect(waits).toEqual([0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]);
  });

  test('audits each wrong PIN and each wait, by device, never the PIN itself', async () => {
    const { db, audit } = kioskStore();
    const staff = await hallStaff();
    for (let wrong = 0; wrong < 3; wrong += 1) await signIn(db, audit, staff, '9999', 'device:4', testClock().now);
    const rows = recentAudit(db).reverse();
    expect(rows.map((row) => row.event)).toEqual([...Array<string>(3).fill('staff.pin-failed'), 'staff.locked-out']);
    expect(rows[3]).toMatchObject({ actor: null, fields: { device: 'device:4', wrongPins: 3, retryAfterSeconds: 2 } });
    expect(JSON.stringify(rows)).not.toContain('9999');
  });

  test('a right PIN resets its own device’s count of wrong ones', async () => {
    const { db, audit } = kioskStore();
    const staff = await hallStaff();
    for (let wrong = 0; wrong < 2; wrong += 1) await signIn(db, audit, staff, '9999');
    expect(await signIn(db, audit, staff, '246810')).toMatchObject({ ok: true });
    expect(await signIn(db, audit, staff, '9999')).toEqual({ ok: false, error: 'wrong-pin', attemptsLeft: 2 });
  });

  test('issue #16.7: the hall TV’s wrong PINs do not stop the right PIN at the kiosk', async () => {
    const { db, audit } = kioskStore();
    const staff = await hallStaff();
    const clock = testClock();
    for (let wrong = 0; wrong < 5; wrong += 1) await signIn(db, audit, staff, '9999', 'device:2', clock.now);
    expect(await signIn(db, audit, staff, '9999', 'device:2', clock.now)).toMatchObject({ ok: false, error: 'locked' });
    expect(await signIn(db, audit, staff, '246810', 'kiosk', clock.now)).toMatchObject({ ok: true, staff: { id: 'demo-admin' } });
    expect(await signIn(db, audit, staff, '1357', 'device:3', clock.now)).toMatchObject({ ok: true, staff: { id: 'wang-fang' } });
  });

  test('issue #16.7: a genuine sign-in elsewhere between a guesser’s tries does not reset the guesser’s wait', async () => {
    const { db, audit } = kioskStore();
    const staff = await hallStaff();
    const clock = testClock();
    const guess = async () => {
      const result = await signIn(db, audit, staff, '9999', 'device:2', clock.now);
      const wait = result.ok || result.error === 'wrong-pin' ? 0 : result.retryAfterSeconds;
      clock.advance(wait * 1000);
      return wait;
    };
    const first = [await guess(), await guess(), await guess(), await guess()];
    expect(await signIn(db, audit, staff, '246810', 'kiosk', clock.now)).toMatchObject({ ok: true });
    const second = [await guess(), await guess(), await guess(), await guess()];
    expect([...first, ...second]).toEqual([0, 0, 2, 4, 8, 16, 32, 64]);
  });

  test('issue #16.7: ten wrong PINs across the hall in 15 minutes stop paired devices, not the kiosk, and tell staff once', async () => {
    const { db, audit } = kioskStore();
    const staff = await hallStaff();
    const clock = testClock();
    for (let device = 1; device <= 5; device += 1) {
      for (let wrong = 0; wrong < 2; wrong += 1) await signIn(db, audit, staff, '9999', `device:${device}`, clock.now);
    }
    expect(openStaffNotices(db)).toEqual([
      { id: 1, createdAt: '2026-03-02T08:30:00.000Z', kind: 'sign-in-ceiling', detail: { wrongPins: '10', minutes: '15', until: '2026-03-02T08:45:00.000Z' } },
    ]);
    expect(recentAudit(db)[0]).toMatchObject({ event: 'staff.sign-in-ceiling', actor: null });
    // A paired device that made no wrong PIN is stopped too, even with a right PIN, until the window has passed.
    expect(await signIn(db, audit, staff, '1357', 'device:9', clock.now)).toEqual({ ok: false, error: 'hall-locked', retryAfterSeconds: 900 });
    // The kiosk's own PIN pad is not: its wrong PINs count, and staff are not told again.
    expect(await signIn(db, audit, staff, '9999', 'kiosk', clock.now)).toMatchObject({ ok: false, error: 'wrong-pin' });
    expect(await signIn(db, audit, staff, '246810', 'kiosk', clock.now)).toMatchObject({ ok: true });
    expect(openStaffNotices(db)).toHaveLength(1);
    clock.advance(15 * 60 * 1000 + 1000);
    expect(await signIn(db, audit, staff, '1357', 'device:9', clock.now)).toMatchObject({ ok: true });
  });

  test('a burst of guesses sent at once from one device gets only three PINs checked', async () => {
    const { db, audit } = kioskStore();
    const staff = await hallStaff();
    const clock = testClock();
    const guesses = await Promise.all(Array.from({ length: 20 }, (_, index) => signIn(db, audit, staff, String(1000 + index), 'device:1', clock.now)));
    expect(guesses.filter((result) => result.ok)).toEqual([]);
    expect(recentAudit(db).filter((row) => row.event === 'staff.pin-failed')).toHaveLength(3);
    expect(guesses.filter((result) => !result.ok && result.error === 'locked')).toHaveLength(18);
  });

  test('a restart keeps the wait', async () => {
    const first = kioskStore();
    const staff = await hallStaff();
    const clock = testClock();
    for (let wrong = 0; wrong < 4; wrong += 1) await signIn(first.db, first.audit, staff, '9999', 'kiosk', clock.now);
    first.db.close();
    const restarted = kioskStore(first.file);
    clock.advance(1000);
    expect(await signIn(restarted.db, restarted.audit, staff, '246810', 'kiosk', clock.now)).toEqual({ ok: false, error: 'locked', retryAfterSeconds: 1 });
  });
});
