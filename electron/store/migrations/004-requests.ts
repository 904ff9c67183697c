/**
 * Residents' requests and their outbox rows, written together in one transaction. Personal answers in
 * `answers` are sealed field by field (store/crypto); `masked` holds only what lists may show.
 */
export const requests = `
CREATE TABLE request (
  reference TEXT PRIMARY KEY,
  service_id TEXT NOT NULL,
  service_version INTEGER NOT NULL,
  department TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new',
  answers TEXT NOT NULL,
  masked TEXT NOT NULL
) STRICT;

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  request_reference TEXT NOT NULL REFERENCES request (reference),
  created_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT,
  last_error TEXT
) STRICT;

CREATE INDEX outbox_pending ON outbox (state, next_attempt_at);
`;
