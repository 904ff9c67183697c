/**
 * Appointments (issue #7): one row per booking of a half-day. A staff move closes the old row as
 * 'moved' and books a new one; `notice` (JSON) is what the resident is told of a cancel or move the
 * next time they ask about their request. Places are counted from the 'booked' rows.
 */
export const appointments = `
CREATE TABLE appointment (
  id INTEGER PRIMARY KEY,
  reference TEXT NOT NULL REFERENCES request (reference),
  service_id TEXT NOT NULL,
  date TEXT NOT NULL,
  half_day TEXT NOT NULL CHECK (half_day IN ('morning', 'afternoon')),
  state TEXT NOT NULL DEFAULT 'booked' CHECK (state IN ('booked', 'cancelled', 'moved')),
  notice TEXT,
  created_at TEXT NOT NULL,
  changed_at TEXT,
  changed_by TEXT
) STRICT;

CREATE INDEX appointment_places ON appointment (service_id, date, state);
CREATE INDEX appointment_reference ON appointment (reference);
`;
