import type { KioskDatabase } from '../../store/open.ts';
import { hallDay } from '../queue/hall-day.ts';
import type { AppointmentsConfig, HalfDay } from './appointment-config.ts';
import type { BookedCounts, BookedOn, Slot, SlotQuery } from './slots.ts';
import { nextFreeSlot, slotIsFree } from './slots.ts';

export type AppointmentState = 'booked' | 'cancelled' | 'moved';

/** What the resident is told, the next time they ask about their request, of what staff changed. */
export type AppointmentNotice = { kind: 'cancelled'; slot: Slot; at: string } | { kind: 'moved'; from: Slot; to: Slot; at: string };

/** What is booked for a service, date by date, counting only live bookings. */
export function bookedOnFromStore(db: KioskDatabase, serviceId: string): BookedOn {
  const rows = db.prepare<[string, string], { half_day: HalfDay; places: number }>(
    `SELECT half_day, COUNT(*) AS places FROM appointment WHERE service_id = ? AND date = ? AND state = 'booked' GROUP BY half_day`,
  );
  return (date) => {
    const counts: BookedCounts = { morning: 0, afternoon: 0 };
    for (const row of rows.all(serviceId, date)) counts[row.half_day] = row.places;
    return counts;
  };
}

/** A slot query against the store, today being the hall's date at `now`. */
export function storeSlotQuery(db: KioskDatabase, config: AppointmentsConfig, serviceId: string, now: Date, from?: string): SlotQuery {
  return { config, serviceId, today: hallDay(now), from, bookedOn: bookedOnFromStore(db, serviceId) };
}

export type SlotTaken = { ok: false; error: 'slot-taken'; next?: Slot };

function insertBooking(db: KioskDatabase, reference: string, serviceId: string, slot: Slot, now: Date, notice?: AppointmentNotice): number {
  const result = db
    .prepare('INSERT INTO appointment (reference, service_id, date, half_day, created_at, notice) VALUES (?, ?, ?, ?, ?, ?)')
    .run(reference, serviceId, slot.date, slot.halfDay, now.toISOString(), notice ? JSON.stringify(notice) : null);
  return Number(result.lastInsertRowid);
}

/**
 * Saves a request and books its half-day in one transaction. The places are counted again inside it,
 * before anything is written, so two residents submitting for the last place at once cannot both have
 * it: the second is refused, nothing of theirs is saved, and they are told the next free half-day.
 * Without a slot, `save` runs alone.
 */
export function saveWithBooking<Saved extends { ok: true; reference: string } | { ok: false }>(
  db: KioskDatabase,
  config: AppointmentsConfig | undefined,
  booking: { serviceId: string; slot: Slot | undefined },
  save: () => Saved,
  now: Date = new Date(),
): Saved | SlotTaken {
  const { serviceId, slot } = booking;
  return db.transaction((): Saved | SlotTaken => {
    if (!slot) return save();
    const query = config && storeSlotQuery(db, config, serviceId, now);
    if (!query || !slotIsFree(query, slot)) return { ok: false, error: 'slot-taken', next: query && nextFreeSlot(query) };
    const saved = save();
    if (saved.ok) insertBooking(db, saved.reference, serviceId, slot, now);
    return saved;
  }).immediate();
}

interface AppointmentRow {
  id: number;
  reference: string;
  service_id: string;
  date: string;
  half_day: HalfDay;
  state: AppointmentState;
  notice: string | null;
  created_at: string;
}

function findAppointment(db: KioskDatabase, id: number): AppointmentRow | undefined {
  return db.prepare<[number], AppointmentRow>('SELECT * FROM appointment WHERE id = ?').get(id);
}

export type ChangeError = 'not-found' | 'not-booked';
export type CancelResult = { ok: true; reference: string } | { ok: false; error: ChangeError };

/** Staff cancel a booking: its place is free again, and the resident is told next time they ask. */
export function cancelAppointment(db: KioskDatabase, id: number, staffId: string, now: Date = new Date()): CancelResult {
  return db.transaction((): CancelResult => {
    const row = findAppointment(db, id);
    if (!row) return { ok: false, error: 'not-found' };
    if (row.state !== 'booked') return { ok: false, error: 'not-booked' };
    const notice: AppointmentNotice = { kind: 'cancelled', slot: { date: row.date, halfDay: row.half_day }, at: now.toISOString() };
    db.prepare(`UPDATE appointment SET state = 'cancelled', notice = ?, changed_at = ?, changed_by = ? WHERE id = ?`).run(
      JSON.stringify(notice),
      now.toISOString(),
      staffId,
      id,
    );
    return { ok: true, reference: row.reference };
  })();
}

export type MoveResult = { ok: true; id: number; reference: string } | { ok: false; error: ChangeError } | { ok: false; error: 'slot-taken'; next?: Slot };

/** Staff move a booking to another free half-day: the old place is freed and the new one taken in one step. */
export function moveAppointment(db: KioskDatabase, config: AppointmentsConfig, id: number, to: Slot, staffId: string, now: Date = new Date()): MoveResult {
  return db.transaction((): MoveResult => {
    const row = findAppointment(db, id);
    if (!row) return { ok: false, error: 'not-found' };
    if (row.state !== 'booked') return { ok: false, error: 'not-booked' };
    db.prepare(`UPDATE appointment SET state = 'moved', changed_at = ?, changed_by = ? WHERE id = ?`).run(now.toISOString(), staffId, id);
    const query = storeSlotQuery(db, config, row.service_id, now);
    if (!slotIsFree(query, to)) {
      // Put it back as it was: a refused move changes nothing.
      db.prepare(`UPDATE appointment SET state = 'booked', changed_at = NULL, changed_by = NULL WHERE id = ?`).run(id);
      return { ok: false, error: 'slot-taken', next: nextFreeSlot(query) };
    }
    const notice: AppointmentNotice = { kind: 'moved', from: { date: row.date, halfDay: row.half_day }, to, at: now.toISOString() };
    return { ok: true, id: insertBooking(db, row.reference, row.service_id, to, now, notice), reference: row.reference };
  })();
}

/** A request's appointment as the resident's progress enquiry shows it: the live slot, if any, and the last change staff made. */
export interface AppointmentStatus {
  state: 'booked' | 'cancelled';
  slot: Slot;
  notice?: AppointmentNotice;
}

/**
 * For the progress enquiry (办理进度查询): the request's appointment and what staff changed, so the
 * resident hears "您的预约改到了…" or "您的预约已取消" when they next ask. Undefined for a request with no booking.
 */
export function appointmentNoticeFor(db: KioskDatabase, reference: string): AppointmentStatus | undefined {
  const row = db
    .prepare<[string], AppointmentRow>(`SELECT * FROM appointment WHERE reference = ? AND state != 'moved' ORDER BY id DESC LIMIT 1`)
    .get(reference);
  if (!row) return undefined;
  const slot = { date: row.date, halfDay: row.half_day };
  const notice = row.notice ? (JSON.parse(row.notice) as AppointmentNotice) : undefined;
  return { state: row.state === 'cancelled' ? 'cancelled' : 'booked', slot, ...(notice ? { notice } : {}) };
}
