import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../store/open.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { AppointmentsConfig } from './appointment-config.ts';
import { appointmentNoticeFor, cancelAppointment, moveAppointment, saveWithBooking, storeSlotQuery } from './appointment-store.ts';
import { bookableDays } from './slots.ts';

const tempDir = useTempDir();
// A Friday morning in the hall; Monday 30 November is the first bookable day.
const now = new Date(2026, 10, 27, 9, 0);
const monday = '2026-11-30';
const tuesday = '2026-12-01';

const hall = AppointmentsConfig.parse({ workingDays: [1, 2, 3, 4, 5], daysAhead: 14, services: { 'certificate-appointment': { morning: 1, afternoon: 1 } } });

function store() {
  const { db } = openStore(join(tempDir(), 'kiosk.db'));
  let made = 0;
  /** What the application route saves inside saveWithBooking: a request row, here a bare one. */
  const saveRequest = () => {
    const reference = `REF${++made}`;
    db.prepare(`INSERT INTO request (reference, service_id, service_version, department, created_at, answers, masked) VALUES (?, 'certificate-appointment', 3, 'hall', ?, '{}', '{}')`).run(reference, now.toISOString());
    return { ok: true as const, reference };
  };
  const book = (date: string, halfDay: 'morning' | 'afternoon') => saveWithBooking(db, hall, { serviceId: 'certificate-appointment', slot: { date, halfDay } }, saveRequest, now);
  const freeOn = (date: string) => bookableDays({ ...storeSlotQuery(db, hall, 'certificate-appointment', now), from: date })?.[0];
  const idOf = (reference: string) => (db.prepare(`SELECT id FROM appointment WHERE reference = ? AND state = 'booked'`).get(reference) as { id: number }).id;
  return { db, book, freeOn, idOf };
}

describe('booking with the request', () => {
  test('takes the place and saves the request together', () => {
    const { db, book, freeOn } = store();
    expect(book(monday, 'morning')).toEqual({ ok: true, reference: 'REF1' });
    expect(freeOn(monday)?.halfDays).toEqual([
      { halfDay: 'morning', free: 0 },
      { halfDay: 'afternoon', free: 1 },
    ]);
    expect(db.prepare('SELECT reference, date, half_day, state FROM appointment').all()).toEqual([{ reference: 'REF1', date: monday, half_day: 'morning', state: 'booked' }]);
  });

  test('refuses the last place twice, saves nothing for the second resident, and names the next free half-day', () => {
    const { db, book } = store();
    book(monday, 'morning');
    expect(book(monday, 'morning')).toEqual({ ok: false, error: 'slot-taken', next: { date: monday, halfDay: 'afternoon' } });
    expect(db.prepare('SELECT count(*) AS n FROM request').get()).toEqual({ n: 1 });
  });

  test('a full day sends the next resident to the next working day', () => {
    const { book, freeOn } = store();
    book(monday, 'morning');
    book(monday, 'afternoon');
    expect(freeOn(monday)).toMatchObject({ date: monday, full: true });
    expect(book(monday, 'afternoon')).toMatchObject({ error: 'slot-taken', next: { date: tuesday, halfDay: 'morning' } });
  });

  test('a request that is refused on its answers books nothing', () => {
    const { db } = store();
    const refused = saveWithBooking(db, hall, { serviceId: 'certificate-appointment', slot: { date: monday, halfDay: 'morning' } }, () => ({ ok: false as const }), now);
    expect(refused).toEqual({ ok: false });
    expect(db.prepare('SELECT count(*) AS n FROM appointment').get()).toEqual({ n: 0 });
  });
});

describe('staff changes', () => {
  test('cancelling frees the place and leaves the resident a notice', () => {
    const { db, book, freeOn, idOf } = store();
    book(monday, 'morning');
    expect(cancelAppointment(db, idOf('REF1'), 'demo-admin', now)).toEqual({ ok: true, reference: 'REF1' });
    expect(freeOn(monday)?.halfDays[0]).toEqual({ halfDay: 'morning', free: 1 });
    expect(appointmentNoticeFor(db, 'REF1')).toEqual({
      state: 'cancelled',
      slot: { date: monday, halfDay: 'morning' },
      notice: { kind: 'cancelled', slot: { date: monday, halfDay: 'morning' }, at: now.toISOString() },
    });
  });

  test('moving frees the old place, takes the new one, and tells the resident both', () => {
    const { db, book, freeOn, idOf } = store();
    book(monday, 'morning');
    const moved = moveAppointment(db, hall, idOf('REF1'), { date: tuesday, halfDay: 'afternoon' }, 'demo-admin', now);
    expect(moved).toMatchObject({ ok: true, reference: 'REF1' });
    expect(freeOn(monday)?.halfDays[0]).toEqual({ halfDay: 'morning', free: 1 });
    expect(freeOn(tuesday)?.halfDays[1]).toEqual({ halfDay: 'afternoon', free: 0 });
    expect(appointmentNoticeFor(db, 'REF1')).toEqual({
      state: 'booked',
      slot: { date: tuesday, halfDay: 'afternoon' },
      notice: { kind: 'moved', from: { date: monday, halfDay: 'morning' }, to: { date: tuesday, halfDay: 'afternoon' }, at: now.toISOString() },
    });
  });

  test('a move to a full half-day changes nothing', () => {
    const { db, book, idOf } = store();
    book(monday, 'morning');
    book(tuesday, 'morning');
    expect(moveAppointment(db, hall, idOf('REF1'), { date: tuesday, halfDay: 'morning' }, 'demo-admin', now)).toMatchObject({ ok: false, error: 'slot-taken' });
    expect(appointmentNoticeFor(db, 'REF1')).toEqual({ state: 'booked', slot: { date: monday, halfDay: 'morning' } });
  });

  test('a booking already cancelled cannot be cancelled or moved again', () => {
    const { db, book, idOf } = store();
    book(monday, 'morning');
    const id = idOf('REF1');
    cancelAppointment(db, id, 'demo-admin', now);
    expect(cancelAppointment(db, id, 'demo-admin', now)).toEqual({ ok: false, error: 'not-booked' });
    expect(moveAppointment(db, hall, id, { date: tuesday, halfDay: 'morning' }, 'demo-admin', now)).toEqual({ ok: false, error: 'not-booked' });
    expect(cancelAppointment(db, 999, 'demo-admin', now)).toEqual({ ok: false, error: 'not-found' });
  });

  test('a request without a booking has no notice', () => {
    const { db } = store();
    expect(appointmentNoticeFor(db, 'NONE')).toBeUndefined();
  });
});
