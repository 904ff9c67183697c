import { decryptField, fieldContext } from '../../store/crypto/index.ts';
import type { DataKey } from '../../store/crypto/index.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { CountyRequest } from './county-payloads.ts';

export type PayloadBuild = { ok: true; payload: CountyRequest } | { ok: false; error: 'unknown-request' | 'answers-unreadable' | 'invalid-payload'; detail: string };

interface RequestRow {
  reference: string;
  serviceId: string;
  serviceVersion: number;
  department: string;
  createdAt: string;
  answers: string;
  masked: string;
  sealedPayload: string | null;
}

/**
 * A stored request as the county receives it. Every sealed answer is listed in `masked` (see
 * applications/submit.ts) and is opened here with the context it was sealed under; the county, as data
 * controller, gets the answers themselves, sent only inside TLS.
 */
export function countyRequestFor(db: KioskDatabase, key: DataKey, reference: string, hallId: string): PayloadBuild {
  const row = db
    .prepare<[string], RequestRow>(
      `SELECT reference, service_id AS serviceId, service_version AS serviceVersion, department, created_at AS createdAt, answers, masked, sealed_payload AS sealedPayload
       FROM request WHERE reference = ?`,
    )
    .get(reference);
  if (!row) return { ok: false, error: 'unknown-request', detail: reference };
  const answers = JSON.parse(row.answers) as Record<string, unknown>;
  for (const id of Object.keys(JSON.parse(row.masked) as Record<string, string>)) {
    const opened = decryptField(key, String(answers[id]), fieldContext('request', id, reference));
    // The reason names the answer, never its content.
    if (!opened.ok) return { ok: false, error: 'answers-unreadable', detail: `${id}: ${opened.error}` };
    answers[id] = JSON.parse(opened.plaintext) as unknown;
  }
  const { serviceId, serviceVersion, department, createdAt } = row;
  // A sealed appeal travels as the kiosk sealed it: only the county's appeals key opens it.
  const sealed = row.sealedPayload === null ? {} : { sealed: JSON.parse(row.sealedPayload) as unknown };
  const payload = CountyRequest.safeParse({ reference, hallId, serviceId, serviceVersion, department, createdAt, answers, ...sealed });
  if (!payload.success) return { ok: false, error: 'invalid-payload', detail: payload.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`).join('; ') };
  return { ok: true, payload: payload.data };
}
