/**
 * Queue tickets and help calls (issue #6), and the age band of each request for today's figures.
 *
 * `day` is the hall's local date (YYYY-MM-DD in the machine's time zone): numbers start again each day.
 * A ticket's number comes from `ticket_counter`, incremented in the ticket's own transaction, so a number
 * is never given twice in a day, even across a restart. `series` is the letter, with the priority mark
 * before it for priority tickets (A, YA), each counted on its own.
 * `queue_day` keeps the day's calls: their running order and the normal calls since the last priority call,
 * which the priority rule needs (queue-config.ts, normalCallsPerPriorityCall).
 * A help call that nobody could answer (no console online, hall closed) is kept as 'unanswered' with why,
 * for the figures. `request.age_band` is a band only ('70-79'), never an age or a birth date.
 */
export const queue = `
CREATE TABLE ticket (
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,
  series TEXT NOT NULL,
  number INTEGER NOT NULL,
  business_type TEXT NOT NULL,
  priority INTEGER NOT NULL CHECK (priority IN (0, 1)),
  issued_at TEXT NOT NULL,
  called_at TEXT,
  call_order INTEGER,
  window_id TEXT,
  finished_at TEXT,
  state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'called', 'finished', 'skipped')),
  recall_count INTEGER NOT NULL DEFAULT 0,
  UNIQUE (day, series, number)
) STRICT;

CREATE INDEX ticket_by_state ON ticket (day, state, priority, id);
CREATE INDEX ticket_by_call ON ticket (day, call_order);

CREATE TABLE ticket_counter (
  day TEXT NOT NULL,
  series TEXT NOT NULL,
  last_number INTEGER NOT NULL,
  PRIMARY KEY (day, series)
) STRICT;

CREATE TABLE queue_day (
  day TEXT PRIMARY KEY,
  calls INTEGER NOT NULL DEFAULT 0,
  normal_calls_since_priority INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE help_call (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  screen TEXT,
  service_id TEXT,
  state TEXT NOT NULL CHECK (state IN ('waiting', 'acknowledged', 'cleared', 'unanswered')),
  outcome TEXT CHECK (outcome IN ('nobody', 'closed')),
  acknowledged_at TEXT,
  cleared_at TEXT
) STRICT;

CREATE INDEX help_call_by_time ON help_call (created_at);

ALTER TABLE request ADD COLUMN age_band TEXT
  CHECK (age_band IN ('under-60', '60-69', '70-79', '80-89', '90-plus'));

CREATE INDEX request_by_time ON request (created_at);
`;
