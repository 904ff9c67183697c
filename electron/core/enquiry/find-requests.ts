import type { KioskDatabase } from '../../store/open.ts';
import type { DataKey } from '../../store/crypto/index.ts';
import { idNumberIndex } from '../../store/crypto/index.ts';
import { openReturnReason } from '../worklist/return-reason.ts';
import { appointmentNoticeFor } from '../appointments/index.ts';
import type { AppointmentStatus } from '../appointments/index.ts';
import { catalogServices } from '../staff/catalog-services.ts';
import { enquiryStatus } from './enquiry-status.ts';
import type { EnquiryStatus } from './enquiry-status.ts';

/**
 * One request as the progress enquiry shows it: what anyone holding the reference may see. Nothing
 * personal but a name masked as everywhere else (maskName), and an appointment's half-day with what
 * staff changed about it.
 */
export interface EnquiryItem {
  reference: string;
  serviceId: string;
  /** The day it was submitted, YYYY-MM-DD. */
  submittedOn: string;
  maskedName?: string;
  status: EnquiryStatus;
  /** What staff told the resident when they handed it back. */
  returnReason?: string;
  /** A booked half-day (预约办理, 上门服务), and the notice of a cancel or move by staff (issue #7). */
  appointment?: AppointmentStatus;
}

interface RequestRow {
  reference: string;
  serviceId: string;
  createdAt: string;
  masked: string;
  status: string;
  countyStatus: string | null;
  countyStatusText: string | null;
  returnReason: string | null;
  sealed: number;
}

const columns = `reference, service_id AS serviceId, created_at AS createdAt, masked, status,
  county_status AS countyStatus, county_status_text AS countyStatusText, return_reason AS returnReason,
  sealed_payload IS NOT NULL AS sealed`;

/** The masked answer to the form's name question, if the form asks one. */
function maskedNameOf(db: KioskDatabase, row: RequestRow): string | undefined {
  const seed = catalogServices(db).find((each) => each.id === row.serviceId);
  const nameQuestion = seed?.form?.questions.find((question) => question.type === 'name');
  if (!nameQuestion) return undefined;
  return (JSON.parse(row.masked) as Record<string, string | undefined>)[nameQuestion.id];
}

function itemOf(db: KioskDatabase, key: DataKey | undefined, row: RequestRow): EnquiryItem {
  const sealed = row.sealed === 1;
  const returnReason = openReturnReason(key, row.reference, row.returnReason);
  const maskedName = sealed ? undefined : maskedNameOf(db, row);
  const appointment = appointmentNoticeFor(db, row.reference);
  return {
    reference: row.reference,
    serviceId: row.serviceId,
    submittedOn: row.createdAt.slice(0, 10),
    ...(maskedName ? { maskedName } : {}),
    status: enquiryStatus({ ...row, sealed }),
    // Staff cannot read a sealed appeal, so they never hand one back with a reason.
    ...(returnReason && !sealed && row.status === 'returned' ? { returnReason } : {}),
    ...(appointment ? { appointment } : {}),
  };
}

/** The request with this reference (as validateReference formats it), or none. */
export function findByReference(db: KioskDatabase, key: DataKey | undefined, reference: string): EnquiryItem[] {
  const rows = db.prepare<[string], RequestRow>(`SELECT ${columns} FROM request WHERE reference = ?`).all(reference);
  return rows.map((row) => itemOf(db, key, row));
}

/** A resident's requests by ID number, newest first, through the blind index. */
export function findByIdNumber(db: KioskDatabase, key: DataKey, idNumber: string): EnquiryItem[] {
  const rows = db
    .prepare<[string], RequestRow>(`SELECT ${columns} FROM request WHERE id_number_index = ? ORDER BY created_at DESC LIMIT 20`)
    .all(idNumberIndex(key, idNumber));
  return rows.map((row) => itemOf(db, key, row));
}
