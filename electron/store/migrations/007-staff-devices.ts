/**
 * Staff work (issue #6): who filed a request on a resident's behalf, the hall-wide PIN lockout (kept here
 * so a restart does not reset it), the one pending pairing code and the hall devices paired with it.
 */
export const staffDevices = `
ALTER TABLE request ADD COLUMN filed_by TEXT;
ALTER TABLE request ADD COLUMN proxy_consent INTEGER CHECK (proxy_consent IN (0, 1));

CREATE TABLE staff_sign_in_lock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  wrong_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT
) STRICT;
INSERT INTO staff_sign_in_lock (id) VALUES (1);

CREATE TABLE pairing_code (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  code TEXT NOT NULL,
  issued_by TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  wrong_attempts INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE paired_device (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  paired_by TEXT NOT NULL,
  paired_at TEXT NOT NULL
) STRICT;
`;
