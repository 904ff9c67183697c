/** Things staff must be told about (a database set aside, a restored backup), kept until acknowledged. */
export const staffNotices = `
CREATE TABLE staff_notice (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT NOT NULL,
  acknowledged_at TEXT
) STRICT;
`;
