import type { RecordAudit } from '../audit/audit-log.ts';
import { events } from '../../events.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { removeSavedForms } from '../printing/index.ts';

export interface RetentionRule {
  /** config `retention.days`: how long personal data stays after a request is finished with. */
  days: number;
  /** With county sync a request is finished with once the county has it; without, once staff close it. */
  syncEnabled: boolean;
  now: Date;
}

export interface PurgePreview {
  total: number;
  byService: { serviceId: string; count: number }[];
  /** The day the oldest of them was made (YYYY-MM-DD), or null when there are none. */
  oldestDay: string | null;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Requests whose personal data has outlived the retention period: sent to the county before the cut-off,
 * or, when the hall has no county sync, closed by staff (done or returned, core/worklist/work-state.ts)
 * before it. A request the county has not taken is never purged, whatever its age.
 */
const purgeable = `
  FROM request
  WHERE purged_at IS NULL
    AND (
      (EXISTS (SELECT 1 FROM outbox WHERE outbox.request_reference = request.reference AND outbox.state = 'sent' AND outbox.sent_at < @cutoff)
        AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.request_reference = request.reference AND outbox.state != 'sent'))
      OR (@syncEnabled = 0 AND status IN ('done', 'returned') AND coalesce(status_changed_at, created_at) < @cutoff)
    )`;

function parameters(rule: RetentionRule) {
  return { cutoff: new Date(rule.now.getTime() - rule.days * dayMs).toISOString(), syncEnabled: rule.syncEnabled ? 1 : 0 };
}

/** What a purge would remove, as counts only: `npm run purge -- --dry-run` shows this and changes nothing. */
export function previewPurge(db: KioskDatabase, rule: RetentionRule): PurgePreview {
  const byService = db
    .prepare<Record<string, unknown>, { serviceId: string; count: number }>(`SELECT service_id AS serviceId, count(*) AS count ${purgeable} GROUP BY service_id ORDER BY service_id`)
    .all(parameters(rule));
  const oldest = db.prepare<Record<string, unknown>, { oldest: string | null }>(`SELECT min(created_at) AS oldest ${purgeable}`).get(parameters(rule));
  return { total: byService.reduce((sum, each) => sum + each.count, 0), byService, oldestDay: oldest?.oldest?.slice(0, 10) ?? null };
}

export interface PurgeOptions {
  /** Where saved A4 forms are (printing/saved-forms.ts, savedFormsDirs). */
  formsDirs?: readonly string[];
}

/**
 * Issue #16.5: the PDF of a purged request's A4 form holds what the purge removed from the database,
 * so it goes too, as do any left from purges before the kiosk did this. Audited with a count only.
 */
function removePurgedForms(db: KioskDatabase, formsDirs: readonly string[], audit: RecordAudit): void {
  const purged = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM request WHERE reference = ? AND purged_at IS NOT NULL');
  const removed = removeSavedForms(formsDirs, (reference) => purged.get(reference) !== undefined);
  if (removed.length > 0) audit(events.formsRemoved, { removed: removed.length }, null);
}

/**
 * Removes the personal data of every purgeable request: its sealed answers, its masked values, the
 * reason it was returned (free text that may name the resident), an appeal sealed for the county, and
 * the ID number's blind index (which would still find the resident's requests). Kept: service,
 * department, dates, age band and status, which the figures use, and `purged_at`. One transaction, audited
 * with counts only; then the saved A4 forms of purged requests are removed.
 */
export function purgeExpired(db: KioskDatabase, rule: RetentionRule, audit: RecordAudit, { formsDirs = [] }: PurgeOptions = {}): PurgePreview {
  const purged = db
    .transaction(() => {
      const preview = previewPurge(db, rule);
      if (preview.total === 0) return preview;
      db.prepare(
        `UPDATE request SET answers = '{}', masked = '{}', return_reason = NULL, sealed_payload = NULL, id_number_index = NULL, purged_at = @now
         WHERE reference IN (SELECT reference ${purgeable})`,
      ).run({ ...parameters(rule), now: rule.now.toISOString() });
      audit(events.retentionPurged, { purged: preview.total, byService: preview.byService, oldestDay: preview.oldestDay, retentionDays: rule.days }, null);
      return preview;
    })
    .immediate();
  removePurgedForms(db, formsDirs, audit);
  return purged;
}
