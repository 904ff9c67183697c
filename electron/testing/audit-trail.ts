import { dirname } from 'node:path';
import { audited, openAuditTrail } from '../core/audit/index.ts';
import type { AuditTrail, RecordAudit } from '../core/audit/index.ts';
import type { Logger } from '../log.ts';
import { memoryLogger } from '../log.ts';
import type { KioskDatabase } from '../store/open.ts';

/** The audit trail of a test store's data folder (the database's own folder), as the kiosk opens it. */
export function auditTrailOf(db: KioskDatabase): AuditTrail {
  return openAuditTrail(db, dirname(db.name));
}

/** What a route or a CLI records audited events with, on a test store. */
export function auditFor(db: KioskDatabase, log: Logger = memoryLogger()): RecordAudit {
  return audited(auditTrailOf(db), log);
}
