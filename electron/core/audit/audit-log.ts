import { events } from '../../events.ts';
import type { KioskEvent } from '../../events.ts';
import type { Logger, LogFields } from '../../log.ts';
import type { DataKeyLoad } from '../../store/crypto/index.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { appendCheckpoint, signCheckpoint } from './audit-checkpoints.ts';
import type { AuditCheckpoint } from './audit-checkpoints.ts';
import { genesisHash, keyedRowHash } from './audit-seal.ts';
import type { AuditRow } from './audit-seal.ts';

export { genesisHash } from './audit-seal.ts';

/** The audit log of one data folder: its rows, the key they are sealed with, and the checkpoints outside the database (issue #16.3). */
export interface AuditTrail {
  db: KioskDatabase;
  /** keys/audit.key, beside the data key; not ok when the key file is unusable, and then nothing can be audited. */
  key: DataKeyLoad;
  checkpointFile: string;
  /** The newest checkpoint in the file, as signed: not written twice, and what sync sends the county. */
  checkpointed?: AuditCheckpoint;
  /** Where a checkpoint that could not be written is reported. */
  log?: Logger;
}

export interface ChainHead {
  rows: number;
  head: string;
}

export function chainHead(db: KioskDatabase): ChainHead {
  const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  return { rows: last?.id ?? 0, head: last?.hash ?? genesisHash };
}

function writeCheckpoint(trail: AuditTrail, head: ChainHead, at: Date): void {
  if (!trail.key.ok) return;
  if (trail.checkpointed?.rows === head.rows && trail.checkpointed.head === head.head) return;
  try {
    const checkpoint = signCheckpoint(trail.key.key, { ...head, at: at.toISOString() });
    if (appendCheckpoint(trail.checkpointFile, checkpoint) === 'written') trail.checkpointed = checkpoint;
  } catch (error) {
    // The row is committed either way: it is one after the last checkpoint until the next one is written.
    trail.log?.(events.auditCheckpointFailed, { error: (error as Error).message });
  }
}

/**
 * Writes a checkpoint of the chain's committed head, if it has moved since the last one. Not inside a
 * transaction, which may still roll its rows back; nor on a closed database.
 */
export function checkpointAuditTrail(trail: AuditTrail, now = new Date()): void {
  if (!trail.db.open || trail.db.inTransaction) return;
  writeCheckpoint(trail, chainHead(trail.db), now);
}

/** Who did it: a staff member's id, or null for the kiosk itself. */
export type AuditActor = string | null;

/**
 * Appends one row to the chain, then a checkpoint of the new head (issue #16.3). Never put personal data
 * in `fields`: the log outlives requests. Inside a caller's transaction (a queue call and its audit row
 * are one), the checkpoint is written once the caller's synchronous work is over, so it names only a
 * committed head. Throws when the audit key is unusable: an action the hall promises to audit must not
 * happen unaudited.
 */
export function appendAudit(trail: AuditTrail, event: KioskEvent, fields: LogFields, actor: AuditActor, now = new Date()): void {
  const { db, key } = trail;
  if (!key.ok) throw new Error(`The audit log cannot be written: ${key.detail}`);
  const row = db
    .transaction(() => {
      const last = chainHead(db);
      const unsealed = {
        id: last.rows + 1,
        at: now.toISOString(),
        event: event.id,
        actor,
        fields: JSON.stringify(fields),
        previous_hash: last.head,
      };
      const sealed: AuditRow = { ...unsealed, hash: keyedRowHash(key.key, unsealed) };
      db.prepare('INSERT INTO audit_log (id, at, event, actor, fields, previous_hash, hash) VALUES (@id, @at, @event, @actor, @fields, @previous_hash, @hash)').run(
        sealed,
      );
      return sealed;
    })
    .immediate();
  if (db.inTransaction) setImmediate(() => checkpointAuditTrail(trail));
  else writeCheckpoint(trail, { rows: row.id, head: row.hash }, now);
}

/** Records one audited event: see audited. */
export type RecordAudit = (event: KioskEvent, fields: LogFields, actor: AuditActor) => void;

/** Writes the event to the log and to the audit chain: what every staff action goes through. */
export function audited(trail: AuditTrail, log: Logger): RecordAudit {
  return (event, fields, actor) => {
    appendAudit(trail, event, fields, actor);
    log(event, { ...fields, actor });
  };
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
