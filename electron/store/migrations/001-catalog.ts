/** The service catalog, loaded from seeds/ at start-up. `content` is the validated seed as JSON. */
export const catalog = `
CREATE TABLE service (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  position INTEGER NOT NULL,
  content TEXT NOT NULL,
  loaded_at TEXT NOT NULL
) STRICT;
`;
