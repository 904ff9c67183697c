import type { ServiceSeed } from '../catalog/seed.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { decryptField, fieldContext } from '../../store/crypto/index.ts';
import type { DataKey } from '../../store/crypto/index.ts';
import type { HalfDay } from './appointment-config.ts';
import { bookingRows, maskedPerson } from './bookings.ts';

/** One visit for the staff who go out: where, for whom (masked) and what to bring along. */
export interface HomeVisit {
  id: number;
  reference: string;
  date: string;
  halfDay: HalfDay;
  who: string;
  /** The village address, opened for a signed-in staff member; undefined when it cannot be opened. */
  address?: string;
  /** The choices' values; the console words them from the seed (serviceNeeded, visitReason). */
  serviceNeeded?: string;
  visitReason?: string;
}

/**
 * Home visits from `from` to `to` for people aged 80+ and the severely disabled (product.md, 上门服务).
 * The address is the one personal answer opened here: the caller must have a staff session and audits the listing.
 */
export function homeVisits(db: KioskDatabase, key: DataKey, service: Pick<ServiceSeed, 'id' | 'form'>, from: string, to: string): HomeVisit[] {
  const { form } = service;
  return bookingRows(db, from, to, service.id).map((row) => {
    const answers = JSON.parse(row.answers) as Record<string, unknown>;
    const opened = typeof answers.address === 'string' ? decryptField(key, answers.address, fieldContext('request', 'address', row.reference)) : undefined;
    const choice = (id: string) => (typeof answers[id] === 'string' ? answers[id] : undefined);
    return {
      id: row.id,
      reference: row.reference,
      date: row.date,
      halfDay: row.half_day,
      who: maskedPerson(form, JSON.parse(row.masked) as Record<string, string>),
      address: opened?.ok ? (JSON.parse(opened.plaintext) as string) : undefined,
      serviceNeeded: choice('serviceNeeded'),
      visitReason: choice('visitReason'),
    };
  });
}
