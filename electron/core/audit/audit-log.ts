import { createHash } from 'node:crypto';
import type { KioskEvent } from '../../events.ts';
import type { Logger, LogFields } from '../../log.ts';
import type { KioskDatabase } from '../../store/open.ts';

/** The chain's first link: the hash before the first row. */
export const genesisHash = '0'.repeat(64);

interface AuditRow {
  id: number;
  at: string;
  event: string;
  actor: string | null;
  fields: string;
  previous_hash: string;
  hash: string;
}

function rowHash(row: Omit<AuditRow, 'hash'>): string {
  const content = JSON.stringify([row.id, row.at, row.event, row.actor, row.fields, row.previous_hash]);
  return createHash('sha256').update(content).digest('hex');
}

/** Who did it: a staff member's id, or null for the kiosk itself. */
export type AuditActor = string | null;

/** Appends one row to the chain. Never put personal data in `fields`: the log outlives requests. */
export function appendAudit(db: KioskDatabase, event: KioskEvent, fields: LogFields, actor: AuditActor, now = new Date()): void {
  db.transaction(() => {
    const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
    const row = {
      id: (last?.id ?? 0) + 1,
      at: now.toISOString(),
      event: event.id,
      actor,
      fields: JSON.stringify(fields),
      previous_hash: last?.hash ?? genesisHash,
    };
    db.prepare('INSERT INTO audit_log (id, at, event, actor, fields, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      row.id,
      row.at,
      row.event,
      row.actor,
      row.fields,
      row.previous_hash,
      rowHash(row),
    );
  }).immediate();
}

/** Records one audited event: see audited. */
export type RecordAudit = (event: KioskEvent, fields: LogFields, actor: AuditActor) => void;

/** Writes the event to the log and to the audit chain: what every staff action goes through. */
export function audited(db: KioskDatabase, log: Logger): RecordAudit {
  return (event, fields, actor) => {
    appendAudit(db, event, fields, actor);
    log(event, { ...fields, actor });
  };
}

export type AuditCheck = { ok: true; rows: number } | { ok: false; rows: number; firstBrokenId: number; reason: 'hash' | 'link' | 'gap' };

/** Walks the chain from the first row and reports the first row whose hash or link does not hold. */
export function verifyAuditChain(db: KioskDatabase): AuditCheck {
  let previousHash = genesisHash;
  let expectedId = 1;
  let rows = 0;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    rows += 1;
    if (row.id !== expectedId) return { ok: false, rows, firstBrokenId: expectedId, reason: 'gap' };
    if (row.previous_hash !== previousHash) return { ok: false, rows, firstBrokenId: row.id, reason: 'link' };
    if (rowHash(row) !== row.hash) return { ok: false, rows, firstBrokenId: row.id, reason: 'hash' };
    previousHash = row.hash;
    expectedId += 1;
  }
  return { ok: true, rows };
}

export interface AuditEntry {
  id: number;
  at: string;
  event: string;
  actor: string | null;
  fields: LogFields;
}

/** The newest rows first, for the staff console. */
export function recentAudit(db: KioskDatabase, limit = 50): AuditEntry[] {
  const rows = db.prepare('SELECT id, at, event, actor, fields FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as Omit<AuditRow, 'previous_hash' | 'hash'>[];
  return rows.map((row) => ({ ...row, fields: JSON.parse(row.fields) as LogFields }));
}
