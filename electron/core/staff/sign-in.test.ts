import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../store/open.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { recentAudit } from '../audit/audit-log.ts';
import { auditFor } from '../../testing/audit-trail.ts';
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
    expect(await signIn(db, audit, await hallStaff(), '1357')).toEqual({ ok: true, staff: { id: 'wang-fang', name: '王芳', role: 'staff' } });
  });

  test('locks for five minutes after five wrong PINs in a row, then lets the right PIN in', async () => {
    const { db, audit } = kioskStore();
    const staff = await hallStaff();
    const clock = testClock();
    const results = [];
    for (let wrong = 0; wrong < 5; wrong += 1) results.push(await signIn(db, audit, staff, '9999', clock.now));
    expect(results).toEqual([
      { ok: false, error: 'wrong-pin', attemptsLeft: 4 },
      { ok: false, error: 'wrong-pin', attemptsLeft: 3 },
      { ok: false, error: 'wrong-pin', attemptsLeft: 2 },
      { ok: false, error: 'wrong-pin', attemptsLeft: 1 },
      { ok: false, error: 'locked', retryAfterSeconds: 300 },
    ]);

    clock.advance(4 * 60 * 1000 + 59 * 1000);
    expect(await signIn(db, audit, staff, '1357', clock.now)).toEqual({ ok: false, error: 'locked', retryAfterSeconds: 1 });
    clock.advance(1000);
    expect(await signIn(db, audit, staff, '1357', clock.now)).toMatchObject({ ok: true, staff: { id: 'wang-fang' } });
    // The count starts again after a sign-in.
    expect(await signIn(db, audit, staff, '9999', clock.now)).toEqual({ ok: false, error: 'wrong-pin', attemptsLeft: 4 });
  });

  test('audits each wrong PIN and the lock, never the PIN itself', async () => {
    const { db, audit } = kioskStore();
    const staff = await hallStaff();
    for (let wrong = 0; wrong < 5; wrong += 1) await signIn(db, audit, staff, '9999', testClock().now);
    const rows = recentAudit(db).reverse();
    expect(rows.map((row) => row.event)).toEqual([...Array<string>(5).fill('staff.pin-failed'), 'staff.locked-out']);
    expect(rows[5]).toMatchObject({ actor: null, fields: { wrongPins: 5, lockedUntil: '2026-03-02T08:35:00.000Z' } });
    expect(JSON.stringify(rows)).not.toContain('9999');
  });

  test('a right PIN resets the count of wrong ones', async () => {
    const { db, audit } = kioskStore();
    const staff = await hallStaff();
    for (let wrong = 0; wrong < 4; wrong += 1) await signIn(db, audit, staff, '9999');
    expect(await signIn(db, audit, staff, '246810')).toMatchObject({ ok: true });
    expect(await signIn(db, audit, staff, '9999')).toEqual({ ok: false, error: 'wrong-pin', attemptsLeft: 4 });
  });

  test('a burst of guesses sent at once gets only five PINs checked', async () => {
    const { db, audit } = kioskStore();
    const staff = await hallStaff();
    const clock = testClock();
    const guesses = await Promise.all(Array.from({ length: 20 }, (_, index) => signIn(db, audit, staff, String(1000 + index), clock.now)));
    expect(guesses.filter((result) => result.ok)).toEqual([]);
    expect(recentAudit(db).filter((row) => row.event === 'staff.pin-failed')).toHaveLength(5);
    expect(guesses.filter((result) => !result.ok && result.error === 'locked')).toHaveLength(16);
  });

  test('a restart keeps the lock', async () => {
    const first = kioskStore();
    const staff = await hallStaff();
    const clock = testClock();
    for (let wrong = 0; wrong < 5; wrong += 1) await signIn(first.db, first.audit, staff, '9999', clock.now);
    first.db.close();
    const restarted = kioskStore(first.file);
    clock.advance(60 * 1000);
    expect(await signIn(restarted.db, restarted.audit, staff, '246810', clock.now)).toEqual({ ok: false, error: 'locked', retryAfterSeconds: 240 });
  });
});
