import type { KeyObject } from 'node:crypto';
import type { KioskDatabase } from '../../store/open.ts';
import type { AuditTrail } from './audit-log.ts';
import { readCheckpoints } from './audit-checkpoints.ts';
import type { AuditCheckpoint } from './audit-checkpoints.ts';
import { genesisHash, keyedRowHash, unkeyedRowHash } from './audit-seal.ts';
import type { AuditRow } from './audit-seal.ts';

export type CheckpointSummary = Pick<AuditCheckpoint, 'rows' | 'at'>;

export type AuditCheck =
  /** `checkpoint`: the newest one, which the chain reaches; null for a hall from before issue #16.3 that has no audit key yet. */
  | { ok: true; rows: number; checkpoint: CheckpointSummary | null }
  /** A row changed, removed from the middle, or added without the key. */
  | { ok: false; rows: number; reason: 'hash' | 'link' | 'gap'; firstBrokenId: number }
  /** Rows that a checkpoint counted are gone from the end: the chain was cut short, or wiped. */
  | { ok: false; rows: number; reason: 'truncated'; checkpoint: CheckpointSummary }
  /** The row a checkpoint names has another hash: the chain was rebuilt. */
  | { ok: false; rows: number; reason: 'rewritten'; checkpoint: CheckpointSummary }
  /** A line of the checkpoint file that is not one the kiosk signed. */
  | { ok: false; rows: number; reason: 'checkpoint-forged'; line: number }
  /** The audit key is there but the checkpoint file, made with it, is not, or is empty: it was removed. */
  | { ok: false; rows: number; reason: 'checkpoint-missing' };

type ChainWalk = { ok: true; rows: number; headAt: Map<number, string> } | Extract<AuditCheck, { reason: 'hash' | 'link' | 'gap' }>;

/**
 * Walks the chain from the first row. Rows sealed before the hall had an audit key (issue #16.3) may
 * only come first; once one row is keyed, every later row must be. `wanted` are the row counts whose
 * head hash the checkpoints name.
 */
function walkChain(db: KioskDatabase, key: KeyObject | undefined, wanted: Set<number>): ChainWalk {
  let previousHash = genesisHash;
  let expectedId = 1;
  let rows = 0;
  let keyed = false;
  const headAt = new Map<number, string>();
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    rows += 1;
    if (row.id !== expectedId) return { ok: false, rows, firstBrokenId: expectedId, reason: 'gap' };
    if (row.previous_hash !== previousHash) return { ok: false, rows, firstBrokenId: row.id, reason: 'link' };
    if (key && keyedRowHash(key, row) === row.hash) keyed = true;
    else if (keyed || unkeyedRowHash(row) !== row.hash) return { ok: false, rows, firstBrokenId: row.id, reason: 'hash' };
    if (wanted.has(row.id)) headAt.set(row.id, row.hash);
    previousHash = row.hash;
    expectedId += 1;
  }
  return { ok: true, rows, headAt };
}

function summary({ rows, at }: AuditCheckpoint): CheckpointSummary {
  return { rows, at };
}

/**
 * Issue #16.3: checks the chain row by row, then against every checkpoint in the file outside the
 * database. Without a key (a hall that has not yet started a version with one) only the older, unkeyed
 * rows can be checked, and nothing anchors them.
 */
export function verifyAuditChain(db: KioskDatabase, key: KeyObject | undefined, checkpointFile: string): AuditCheck {
  if (!key) {
    const walk = walkChain(db, undefined, new Set());
    return walk.ok ? { ok: true, rows: walk.rows, checkpoint: null } : walk;
  }
  const read = readCheckpoints(checkpointFile, key);
  const rowCount = () => (db.prepare('SELECT count(*) AS count FROM audit_log').get() as { count: number }).count;
  if (!read.ok && read.error === 'missing') return { ok: false, rows: rowCount(), reason: 'checkpoint-missing' };
  if (!read.ok) return { ok: false, rows: rowCount(), reason: 'checkpoint-forged', line: read.line };
  const { checkpoints } = read;
  // The file is made with a first line, so an empty one had its lines removed.
  if (checkpoints.length === 0) return { ok: false, rows: rowCount(), reason: 'checkpoint-missing' };
  const walk = walkChain(db, key, new Set(checkpoints.map((checkpoint) => checkpoint.rows)));
  if (!walk.ok) return walk;
  for (const checkpoint of checkpoints) {
    if (checkpoint.rows > walk.rows) continue;
    const head = checkpoint.rows === 0 ? genesisHash : walk.headAt.get(checkpoint.rows);
    if (head !== checkpoint.head) return { ok: false, rows: walk.rows, reason: 'rewritten', checkpoint: summary(checkpoint) };
  }
  const furthest = checkpoints.reduce<AuditCheckpoint | undefined>((best, each) => (!best || each.rows > best.rows ? each : best), undefined);
  if (furthest && furthest.rows > walk.rows) return { ok: false, rows: walk.rows, reason: 'truncated', checkpoint: summary(furthest) };
  return { ok: true, rows: walk.rows, checkpoint: summary(checkpoints[checkpoints.length - 1] as AuditCheckpoint) };
}

/** verifyAuditChain for the trail the kiosk opened: its key, or none when the key file is unusable. */
export function checkAuditTrail({ db, key, checkpointFile }: AuditTrail): AuditCheck {
  return verifyAuditChain(db, key.ok ? key.key : undefined, checkpointFile);
}
