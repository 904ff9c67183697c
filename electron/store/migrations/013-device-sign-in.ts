/**
 * Issue #16.7 and #16.8: sign-in is slowed per device instead of locked hall-wide, with a hall-wide
 * ceiling on wrong PINs; paired devices get a name, a last-seen time and address, and can be revoked.
 *
 * - sign_in_delay: per device ('kiosk' or 'device:<id>'), its wrong PINs in a row and when it may try again.
 * - sign_in_failure: every wrong PIN, by device, for the hall-wide count in a window (pruned as it goes).
 * - sign_in_ceiling: until when the hall-wide ceiling holds (paired devices may not sign in).
 * - paired_device: devices paired before this migration have no name, and are counted as seen now, so
 *   none expires at the upgrade.
 */
export const deviceSignIn = `
DROP TABLE staff_sign_in_lock;

CREATE TABLE sign_in_delay (
  device TEXT PRIMARY KEY,
  wrong_attempts INTEGER NOT NULL,
  retry_at TEXT
) STRICT;

CREATE TABLE sign_in_failure (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  device TEXT NOT NULL
) STRICT;
CREATE INDEX sign_in_failure_at ON sign_in_failure (at);

CREATE TABLE sign_in_ceiling (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  until TEXT
) STRICT;
INSERT INTO sign_in_ceiling (id) VALUES (1);

ALTER TABLE paired_device ADD COLUMN name TEXT;
ALTER TABLE paired_device ADD COLUMN last_seen_at TEXT;
ALTER TABLE paired_device ADD COLUMN last_address TEXT;
ALTER TABLE paired_device ADD COLUMN revoked_at TEXT;
ALTER TABLE paired_device ADD COLUMN revoked_by TEXT;
UPDATE paired_device SET last_seen_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
`;
