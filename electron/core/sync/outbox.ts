import { randomUUID } from 'node:crypto';
import type { KioskDatabase } from '../../store/open.ts';

/**
 * The outbox rows written beside each request (store/migrations/004, 008). A row is `pending` until the
 * county has it (`sent`), or `needs-attention` when the county refused it and only a person can help.
 */
export type OutboxState = 'pending' | 'sent' | 'needs-attention';

export interface ClaimedRow {
  id: number;
  reference: string;
  /** Counting this attempt. */
  attempts: number;
  idempotencyKey: string;
}

export interface NeedsAttention {
  reference: string;
  serviceId: string;
  reason: string;
  attempts: number;
}

/**
 * The oldest row that is due, counted as attempted before anything is sent. Its Idempotency-Key is made
 * on the first attempt and saved first, so a resend after a crash or a lost answer is a replay.
 */
export function claimNextDue(db: KioskDatabase, now: Date): ClaimedRow | undefined {
  return db.transaction(() => {
    const row = db
      .prepare<[string], { id: number; reference: string; attempts: number; key: string | null }>(
        `SELECT id, request_reference AS reference, attempts, idempotency_key AS key FROM outbox
         WHERE state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?)
         ORDER BY id LIMIT 1`,
      )
      .get(now.toISOString());
    if (!row) return undefined;
    const idempotencyKey = row.key ?? randomUUID();
    db.prepare('UPDATE outbox SET attempts = attempts + 1, idempotency_key = ? WHERE id = ?').run(idempotencyKey, row.id);
    return { id: row.id, reference: row.reference, attempts: row.attempts + 1, idempotencyKey };
  })();
}

export function markSent(db: KioskDatabase, id: number, now: Date): void {
  db.prepare("UPDATE outbox SET state = 'sent', sent_at = ?, next_attempt_at = NULL, last_error = NULL WHERE id = ?").run(now.toISOString(), id);
}

export function scheduleRetry(db: KioskDatabase, id: number, at: Date, reason: string): void {
  db.prepare('UPDATE outbox SET next_attempt_at = ?, last_error = ? WHERE id = ?').run(at.toISOString(), reason, id);
}

export function markNeedsAttention(db: KioskDatabase, id: number, reason: string): void {
  db.prepare("UPDATE outbox SET state = 'needs-attention', next_attempt_at = NULL, last_error = ? WHERE id = ?").run(reason, id);
}

export type RetryResult = { ok: true } | { ok: false; error: 'unknown-request' | 'already-sent' };

/** Staff's retry: the request is sent at the next chance, whether it was refused or is waiting out a backoff. */
export function retryNow(db: KioskDatabase, reference: string): RetryResult {
  const row = db.prepare<[string], { state: OutboxState }>('SELECT state FROM outbox WHERE request_reference = ?').get(reference);
  if (!row) return { ok: false, error: 'unknown-request' };
  if (row.state === 'sent') return { ok: false, error: 'already-sent' };
  db.prepare("UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE request_reference = ? AND state != 'sent'").run(reference);
  return { ok: true };
}

export function pendingCount(db: KioskDatabase): number {
  return db.prepare<[], { count: number }>("SELECT count(*) AS count FROM outbox WHERE state = 'pending'").get()?.count ?? 0;
}

/** Oldest first: the request that has waited longest is the one to chase. */
export function needsAttentionList(db: KioskDatabase): NeedsAttention[] {
  return db
    .prepare<[], NeedsAttention>(
      `SELECT outbox.request_reference AS reference, request.service_id AS serviceId, coalesce(outbox.last_error, '') AS reason, outbox.attempts AS attempts
       FROM outbox JOIN request ON request.reference = outbox.request_reference
       WHERE outbox.state = 'needs-attention' ORDER BY outbox.id`,
    )
    .all();
}
