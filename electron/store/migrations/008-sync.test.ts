import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { claimNextDue } from '../../core/sync/outbox.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { migrate } from '../migrate.ts';
import { migrations } from './index.ts';

const tempDir = useTempDir();

test("requests saved before sync existed keep the hall's status and are sent like any other", () => {
  const db = new Database(join(tempDir(), 'kiosk.db'));
  migrate(db, migrations.filter((migration) => migration.version < 8));
  db.prepare(
    `INSERT INTO request (reference, service_id, service_version, department, created_at, status, answers, masked)
     VALUES ('KA-482913-5', 'high-age-allowance', 1, 'civil-affairs', '2026-11-27T09:00:00.000Z', 'in-progress', '{}', '{}')`,
  ).run();
  db.prepare("INSERT INTO outbox (request_reference, created_at) VALUES ('KA-482913-5', '2026-11-27T09:00:00.000Z')").run();

  migrate(db);
  expect(db.prepare('SELECT status, county_status AS countyStatus FROM request').get()).toEqual({ status: 'in-progress', countyStatus: null });
  const claimed = claimNextDue(db, new Date('2026-11-27T10:00:00Z'));
  expect(claimed).toMatchObject({ reference: 'KA-482913-5', attempts: 1 });
  expect(db.prepare('SELECT idempotency_key AS key FROM outbox').get()).toEqual({ key: claimed?.idempotencyKey });
});
