import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/index.ts';
import { migrations as allMigrations } from './migrations/index.ts';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every pending migration, all in one transaction, recording progress in user_version. */
export function migrate(db: Database, migrations: readonly Migration[] = allMigrations): number {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(`database schema ${current} is newer than this kiosk (${latest}); install the newer kiosk`);
  }
  const pending = migrations.filter((migration) => migration.version > current);
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  return schemaVersion(db);
}
