import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CountyAccepted, CountyAuditCheckpoint, CountyRequest, CountyStatus, StatusFeed } from '../core/sync/county-payloads.ts';

/**
 * The reference receiver's own SQLite file: what a county platform would keep. It holds residents'
 * answers in clear, as a county's case system would; it is for trying the kiosk and for tests, never
 * for real residents' data.
 */
const schema = `
CREATE TABLE IF NOT EXISTS received_request (
  hall_id TEXT NOT NULL,
  reference TEXT NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  body_sha256 TEXT NOT NULL,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (hall_id, reference)
) STRICT;

CREATE TABLE IF NOT EXISTS status_update (
  cursor INTEGER PRIMARY KEY AUTOINCREMENT,
  hall_id TEXT NOT NULL,
  reference TEXT NOT NULL,
  status TEXT NOT NULL,
  status_text TEXT,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS audit_checkpoint (
  hall_id TEXT NOT NULL,
  rows INTEGER NOT NULL,
  head TEXT NOT NULL,
  at TEXT NOT NULL,
  mac TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (hall_id, mac)
) STRICT;

CREATE TABLE IF NOT EXISTS delivery (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  idempotency_key TEXT,
  outcome TEXT NOT NULL
) STRICT;
`;

export type Receipt =
  | { kind: 'stored' | 'replayed'; accepted: CountyAccepted }
  | { kind: 'key-reused' | 'duplicate-reference' };

/** Every POST the receiver saw, and what came of it: how tests count attempts and measure backoff. */
export interface Delivery {
  at: string;
  idempotencyKey: string | null;
  outcome: string;
}

export interface ReceivedRequest {
  hallId: string;
  reference: string;
  idempotencyKey: string;
  receivedAt: string;
  request: CountyRequest;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export type CountyStore = ReturnType<typeof openCountyStore>;

export function openCountyStore(file: string) {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(schema);

  const findByKey = db.prepare<[string], { hallId: string; reference: string; bodySha256: string; receivedAt: string }>(
    'SELECT hall_id AS hallId, reference, body_sha256 AS bodySha256, received_at AS receivedAt FROM received_request WHERE idempotency_key = ?',
  );
  const findByReference = db.prepare<[string, string], { bodySha256: string; receivedAt: string }>(
    'SELECT body_sha256 AS bodySha256, received_at AS receivedAt FROM received_request WHERE hall_id = ? AND reference = ?',
  );

  function addStatus(hallId: string, reference: string, status: CountyStatus, statusText: string | undefined, now: Date): string {
    const result = db
      .prepare('INSERT INTO status_update (hall_id, reference, status, status_text, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(hallId, reference, status, statusText ?? null, now.toISOString());
    return String(result.lastInsertRowid);
  }

  return {
    db,
    /**
     * Stores a request once. The same key with the same body, or the same request under a key lost
     * with a restored kiosk backup, is a replay and gets the first answer; the same key with another
     * body, or another body for a stored reference, is refused.
     */
    receive(request: CountyRequest, body: string, idempotencyKey: string, now: Date): Receipt {
      const bodySha256 = sha256(body);
      return db.transaction((): Receipt => {
        const byKey = findByKey.get(idempotencyKey);
        if (byKey) {
          return byKey.bodySha256 === bodySha256 ? { kind: 'replayed', accepted: { reference: byKey.reference, receivedAt: byKey.receivedAt } } : { kind: 'key-reused' };
        }
        const byReference = findByReference.get(request.hallId, request.reference);
        if (byReference) {
          return byReference.bodySha256 === bodySha256
            ? { kind: 'replayed', accepted: { reference: request.reference, receivedAt: byReference.receivedAt } }
            : { kind: 'duplicate-reference' };
        }
        const receivedAt = now.toISOString();
        db.prepare('INSERT INTO received_request (hall_id, reference, idempotency_key, body_sha256, body, received_at) VALUES (?, ?, ?, ?, ?, ?)').run(
          request.hallId,
          request.reference,
          idempotencyKey,
          bodySha256,
          body,
          receivedAt,
        );
        addStatus(request.hallId, request.reference, 'received', undefined, now);
        return { kind: 'stored', accepted: { reference: request.reference, receivedAt } };
      }).immediate();
    },

    recordDelivery(idempotencyKey: string | null, outcome: string, now: Date): void {
      db.prepare('INSERT INTO delivery (at, idempotency_key, outcome) VALUES (?, ?, ?)').run(now.toISOString(), idempotencyKey, outcome);
    },

    /** Sets a status as a county officer would; returns the feed cursor of the change. */
    setStatus(hallId: string, reference: string, status: CountyStatus, statusText: string | undefined, now: Date): string {
      return addStatus(hallId, reference, status, statusText, now);
    },

    statusFeed(hallId: string, after: string | undefined, limit: number): StatusFeed {
      const rows = db
        .prepare<[string, number, number], { cursor: number; reference: string; status: CountyStatus; statusText: string | null; updatedAt: string }>(
          `SELECT cursor, reference, status, status_text AS statusText, updated_at AS updatedAt FROM status_update
           WHERE hall_id = ? AND cursor > ? ORDER BY cursor LIMIT ?`,
        )
        .all(hallId, Number(after ?? 0), limit + 1);
      return {
        updates: rows.slice(0, limit).map(({ cursor, reference, status, statusText, updatedAt }) => ({
          reference,
          status,
          ...(statusText === null ? {} : { statusText }),
          updatedAt,
          cursor: String(cursor),
        })),
        more: rows.length > limit,
      };
    },

    received(): ReceivedRequest[] {
      return db
        .prepare<[], { hallId: string; reference: string; idempotencyKey: string; receivedAt: string; body: string }>(
          'SELECT hall_id AS hallId, reference, idempotency_key AS idempotencyKey, received_at AS receivedAt, body FROM received_request ORDER BY rowid',
        )
        .all()
        .map(({ body, ...row }) => ({ ...row, request: JSON.parse(body) as CountyRequest }));
    },

    /** Issue #16.3: a hall's audit checkpoint, kept once however often it is sent. */
    receiveAuditCheckpoint(checkpoint: CountyAuditCheckpoint, now: Date): void {
      db.prepare('INSERT OR IGNORE INTO audit_checkpoint (hall_id, rows, head, at, mac, received_at) VALUES (@hallId, @rows, @head, @at, @mac, @receivedAt)').run({
        ...checkpoint,
        receivedAt: now.toISOString(),
      });
    },

    auditCheckpoints(hallId: string): CountyAuditCheckpoint[] {
      return db
        .prepare<[string], CountyAuditCheckpoint>('SELECT hall_id AS hallId, rows, head, at, mac FROM audit_checkpoint WHERE hall_id = ? ORDER BY rowid')
        .all(hallId);
    },

    deliveries(): Delivery[] {
      return db.prepare<[], Delivery>('SELECT at, idempotency_key AS idempotencyKey, outcome FROM delivery ORDER BY id').all();
    },

    close(): void {
      db.close();
    },
  };
}
