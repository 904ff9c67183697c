import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { events } from '../../events.ts';
import { loadOrCreateKeyFile } from '../../store/crypto/index.ts';
import type { KeyWrapper } from '../../store/crypto/index.ts';
import type { Logger } from '../../log.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { verifyAuditChain } from './audit-check.ts';
import { readCheckpoints, signCheckpoint, startCheckpointFile } from './audit-checkpoints.ts';
import { appendAudit, chainHead, checkpointAuditTrail, genesisHash } from './audit-log.ts';
import type { AuditTrail } from './audit-log.ts';

/** Where a data folder keeps the audit key (beside the data key) and the checkpoints. */
export function auditTrailFiles(dataDir: string) {
  return { keyFile: join(dataDir, 'keys', 'audit.key'), checkpointFile: join(dataDir, 'audit-checkpoints.jsonl') };
}

/**
 * The audit log of the data folder, as the kiosk opens it at start-up (issue #16.3). The first start
 * with an audit key makes the key and the checkpoint file. A hall whose rows were sealed without a key
 * (before #16.3) has its older chain checked, and the result and the switch recorded as the first keyed
 * row; from then on every row is keyed. A checkpoint that a stop held back (see appendAudit) is
 * written now, but only for a chain that still reaches the newest checkpoint: never one that would hide
 * rows removed while the kiosk was stopped.
 */
export function openAuditTrail(db: KioskDatabase, dataDir: string, { wrapper, log, now = new Date() }: { wrapper?: KeyWrapper; log?: Logger; now?: Date } = {}): AuditTrail {
  const { keyFile, checkpointFile } = auditTrailFiles(dataDir);
  const firstStart = !existsSync(keyFile);
  const key = loadOrCreateKeyFile(keyFile, { wrapper });
  const trail: AuditTrail = { db, key, checkpointFile, log };
  if (!key.ok) return trail;
  if (firstStart) {
    const before = chainHead(db);
    if (before.rows > 0) {
      const older = verifyAuditChain(db, undefined, checkpointFile);
      appendAudit(
        trail,
        events.auditChainKeyed,
        { unkeyedRows: before.rows, unkeyedHead: before.head, unkeyedChain: older.ok ? 'holds' : `broken at row ${'firstBrokenId' in older ? older.firstBrokenId : '?'} (${older.reason})` },
        null,
        now,
      );
    }
    if (!existsSync(checkpointFile)) {
      trail.checkpointed = signCheckpoint(key.key, { ...chainHead(db), at: now.toISOString() });
      startCheckpointFile(checkpointFile, trail.checkpointed);
    }
    return trail;
  }
  const read = readCheckpoints(checkpointFile, key.key);
  const newest = read.ok ? read.checkpoints.at(-1) : undefined;
  trail.checkpointed = newest;
  const current = chainHead(db);
  if (newest && current.rows > newest.rows) {
    const reached = db.prepare('SELECT hash FROM audit_log WHERE id = ?').get(newest.rows) as { hash: string } | undefined;
    if ((reached?.hash ?? genesisHash) === newest.head) checkpointAuditTrail(trail, now);
  }
  return trail;
}
