/**
 * Sync to the county (issue #8). The county decides a request's status, so its word lives in columns of
 * its own beside the hall worklist's `status`, which the kiosk never overwrites from the feed. Each outbox
 * row keeps the Idempotency-Key it was first sent with, so a resend after a crash is a replay, never a
 * second request. `sync_state` holds the status feed's cursor and the time of the last good exchange.
 */
export const sync = `
ALTER TABLE request ADD COLUMN county_status TEXT;
ALTER TABLE request ADD COLUMN county_status_text TEXT;
ALTER TABLE request ADD COLUMN county_status_at TEXT;

ALTER TABLE outbox ADD COLUMN idempotency_key TEXT;
ALTER TABLE outbox ADD COLUMN sent_at TEXT;
CREATE UNIQUE INDEX outbox_idempotency_key ON outbox (idempotency_key);

CREATE TABLE sync_state (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
`;
