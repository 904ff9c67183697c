import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../../testing/temp-dir.ts';
import { migrate } from '../migrate.ts';
import { migrations } from './index.ts';

const tempDir = useTempDir();

function databaseAt(version: number) {
  const db = new Database(join(tempDir(), 'kiosk.db'));
  migrate(db, migrations.filter((migration) => migration.version <= version));
  return db;
}

const insertTicket = `INSERT INTO ticket (day, series, number, business_type, priority, issued_at, state)
  VALUES ('2026-11-27', 'A', ?, 'A', 0, '2026-11-27T01:00:00.000Z', ?)`;

describe('migration 6: the queue and help calls', () => {
  test('keeps requests made before it, with no age band', () => {
    const db = databaseAt(5);
    db.prepare(
      "INSERT INTO request (reference, service_id, service_version, department, created_at, answers, masked) VALUES ('R1', 'x', 1, 'd', 't', '{}', '{}')",
    ).run();
    migrate(db);
    expect(db.prepare('SELECT reference, age_band FROM request').all()).toEqual([{ reference: 'R1', age_band: null }]);
  });

  test('refuses a number given twice in a day, an unknown ticket state and an age that is not a band', () => {
    const db = databaseAt(6);
    db.prepare(insertTicket).run(1, 'waiting');
    expect(() => db.prepare(insertTicket).run(1, 'waiting')).toThrow(/UNIQUE/);
    expect(() => db.prepare(insertTicket).run(2, 'lost')).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO request (reference, service_id, service_version, department, created_at, answers, masked, age_band) VALUES ('R2', 'x', 1, 'd', 't', '{}', '{}', '78')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO help_call (created_at, state, outcome) VALUES ('t', 'unanswered', 'asleep')").run()).toThrow(/CHECK/);
  });
});
