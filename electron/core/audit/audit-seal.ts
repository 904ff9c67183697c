import { createHash, createHmac } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/** The chain's first link: the hash before the first row. */
export const genesisHash = '0'.repeat(64);

/** One row of the audit_log table (migration 005). */
export interface AuditRow {
  id: number;
  at: string;
  event: string;
  actor: string | null;
  fields: string;
  previous_hash: string;
  hash: string;
}

function rowContent(row: Omit<AuditRow, 'hash'>): string {
  return JSON.stringify([row.id, row.at, row.event, row.actor, row.fields, row.previous_hash]);
}

/**
 * Issue #16.3: each row's hash is an HMAC under the audit key (keys/audit.key, beside the data key and
 * never in the database), so a row cannot be changed, removed or added and the chain recomputed by
 * anyone without the key.
 */
export function keyedRowHash(key: KeyObject, row: Omit<AuditRow, 'hash'>): string {
  return createHmac('sha256', key).update(rowContent(row)).digest('hex');
}

/** How rows were sealed before issue #16.3: anyone could recompute it. Kept only to check a hall's older rows. */
export function unkeyedRowHash(row: Omit<AuditRow, 'hash'>): string {
  return createHash('sha256').update(rowContent(row)).digest('hex');
}
