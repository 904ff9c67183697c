import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../testing/temp-dir.ts';
import { migrate, schemaVersion } from './migrate.ts';
import { migrations } from './migrations/index.ts';

const tempDir = useTempDir();

function schemaOf(db: Database.Database): unknown[] {
  return db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
}

describe('migrations', () => {
  test('are numbered 1, 2, 3… with no gaps', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  test('bring an empty database to the latest version, with STRICT tables', () => {
    const db = new Database(join(tempDir(), 'kiosk.db'));
    expect(migrate(db)).toBe(migrations.length);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\)\s*STRICT\s*$/);
  });

  test.each(migrations.slice(0, -1).map((migration) => migration.version))(
    'bring a database at version %i to the same schema as a fresh one',
    (earlier) => {
      const dir = tempDir();
      const fresh = new Database(join(dir, 'fresh.db'));
      migrate(fresh);
      const old = new Database(join(dir, 'old.db'));
      migrate(old, migrations.filter((migration) => migration.version <= earlier));
      expect(schemaVersion(old)).toBe(earlier);
      migrate(old);
      expect(schemaVersion(old)).toBe(migrations.length);
      expect(schemaOf(old)).toEqual(schemaOf(fresh));
    },
  );

  test('running again changes nothing', () => {
    const db = new Database(join(tempDir(), 'kiosk.db'));
    migrate(db);
    const before = schemaOf(db);
    migrate(db);
    expect(schemaOf(db)).toEqual(before);
  });

  test('a failing migration leaves the database as it was', () => {
    const db = new Database(join(tempDir(), 'kiosk.db'));
    const broken = [...migrations, { version: migrations.length + 1, sql: 'CREATE TABLE half (a INTEGER) STRICT; THIS IS NOT SQL;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(schemaOf(db)).toEqual([]);
  });

  test('refuse a database from a newer kiosk', () => {
    const db = new Database(join(tempDir(), 'kiosk.db'));
    db.pragma(`user_version = ${migrations.length + 5}`);
    expect(() => migrate(db)).toThrow(/newer than this kiosk/);
  });
});
