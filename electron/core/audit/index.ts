/**
 * The audit log (architecture.md, Data; issue #16.3): append-only rows, each sealed with an HMAC under the
 * audit key and chained to the row before, and signed checkpoints of the chain's head outside the database.
 */
export type { AuditActor, AuditEntry, AuditTrail, RecordAudit } from './audit-log.ts';
export { appendAudit, audited, checkpointAuditTrail, genesisHash, recentAudit } from './audit-log.ts';
export type { AuditCheck, CheckpointSummary } from './audit-check.ts';
export { checkAuditTrail, verifyAuditChain } from './audit-check.ts';
export type { AuditCheckpoint } from './audit-checkpoints.ts';
export { readCheckpoints } from './audit-checkpoints.ts';
export { auditTrailFiles, openAuditTrail } from './audit-trail.ts';
