import type { Question, ServiceForm } from '../catalog/form.ts';
import type { KioskDatabase } from '../../store/open.ts';
import type { HalfDay } from './appointment-config.ts';

/** One live booking as the staff list shows it: no personal data but the masked forms. */
export interface BookingListing {
  id: number;
  reference: string;
  serviceId: string;
  date: string;
  halfDay: HalfDay;
  /** The resident as lists show them (their masked name, or masked ID number when the form asks no name). */
  who: string;
}

interface BookingRow {
  id: number;
  reference: string;
  service_id: string;
  date: string;
  half_day: HalfDay;
  masked: string;
  answers: string;
}

/** The masked person a request names: a name answer if there is one, else the ID number, from `request.masked`. */
export function maskedPerson(form: ServiceForm | undefined, masked: Readonly<Record<string, string>>): string {
  const byType = (type: Question['type']) => form?.questions.filter((question) => question.type === type).map((question) => masked[question.id]);
  return [...(byType('name') ?? []), ...(byType('id-number') ?? [])].find((value) => value !== undefined) ?? '***';
}

/** Live bookings from `from` to `to` (inclusive), by date, half-day and time booked. */
export function bookingRows(db: KioskDatabase, from: string, to: string, serviceId?: string): BookingRow[] {
  return db
    .prepare<[string, string, string | null, string | null], BookingRow>(
      `SELECT appointment.id, appointment.reference, appointment.service_id, appointment.date, appointment.half_day, request.masked, request.answers
       FROM appointment JOIN request ON request.reference = appointment.reference
       WHERE appointment.state = 'booked' AND appointment.date BETWEEN ? AND ? AND (? IS NULL OR appointment.service_id = ?)
       ORDER BY appointment.date, appointment.half_day DESC, appointment.id`,
    )
    .all(from, to, serviceId ?? null, serviceId ?? null);
}

/** The day's bookings for the staff console. `formOf` gives each service's form, to pick the masked name. */
export function bookingsOn(db: KioskDatabase, date: string, formOf: (serviceId: string) => ServiceForm | undefined): BookingListing[] {
  return bookingRows(db, date, date).map((row) => ({
    id: row.id,
    reference: row.reference,
    serviceId: row.service_id,
    date: row.date,
    halfDay: row.half_day,
    who: maskedPerson(formOf(row.service_id), JSON.parse(row.masked) as Record<string, string>),
  }));
}
