import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../testing/temp-dir.ts';
import { migrations } from './migrations/index.ts';
import { backupDatabase, backupFileName, backupsDirFor } from './backup.ts';
import { openStore, setAsideName } from './open.ts';

const tempDir = useTempDir();
const fixedNow = () => new Date('2026-11-27T10:15:00.000Z');

describe('openStore', () => {
  test('opens one SQLite file with WAL, full sync, a busy timeout and foreign keys, migrated', () => {
    const file = join(tempDir(), 'data', 'kiosk.db');
    const { db, setAside } = openStore(file);
    expect(setAside).toBeUndefined();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  test('keeps what was written across a reopen', () => {
    const file = join(tempDir(), 'kiosk.db');
    const first = openStore(file).db;
    first.prepare("INSERT INTO staff_notice (created_at, kind, detail) VALUES ('t', 'k', '{}')").run();
    first.close();
    const second = openStore(file);
    expect(second.setAside).toBeUndefined();
    expect(second.db.prepare('SELECT count(*) AS n FROM staff_notice').get()).toEqual({ n: 1 });
    second.db.close();
  });

  test('sets a file that is not a database aside under a timestamped name, never deleting it, and starts fresh', () => {
    const dir = tempDir();
    const file = join(dir, 'kiosk.db');
    const garbage = 'this is not a database, it is a power cut'.repeat(200);
    writeFileSync(file, garbage);

    const { db, setAside } = openStore(file, fixedNow);
    expect(setAside?.setAsideAs).toBe(setAsideName(file, fixedNow()));
    expect(setAside?.setAsideAs).toBe(`${file}.corrupt-2026-11-27T10-15-00-000Z`);
    expect(readFileSync(setAside?.setAsideAs ?? '', 'utf8')).toBe(garbage);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();

    // The next start opens the fresh database normally: no loop of setting aside.
    const again = openStore(file, fixedNow);
    expect(again.setAside).toBeUndefined();
    again.db.close();
    expect(readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toHaveLength(1);
  });

  test('sets aside a database whose pages are damaged', () => {
    const file = join(tempDir(), 'kiosk.db');
    const { db } = openStore(file);
    const insert = db.prepare("INSERT INTO staff_notice (created_at, kind, detail) VALUES ('t', 'k', ?)");
    for (let row = 0; row < 2000; row += 1) insert.run('x'.repeat(200));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Overwrite pages in the middle of the file, keeping its header.
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 8192, bytes.length - 8192);
    writeFileSync(file, bytes);

    const reopened = openStore(file, fixedNow);
    expect(reopened.setAside).toBeDefined();
    expect(existsSync(reopened.setAside?.setAsideAs ?? '')).toBe(true);
    expect(reopened.db.prepare('SELECT count(*) AS n FROM staff_notice').get()).toEqual({ n: 0 });
    reopened.db.close();
  });
});

describe('openStore with backups', () => {
  const insertRequest = (db: ReturnType<typeof openStore>['db'], reference: string) =>
    db
      .prepare("INSERT INTO request (reference, service_id, service_version, department, created_at, answers, masked) VALUES (?, 's', 1, 'd', 't', '{}', '{}')")
      .run(reference);

  test('restores the newest sound backup in place of a damaged file, and names the requests made after it', async () => {
    const dir = tempDir();
    const file = join(dir, 'kiosk.db');
    const { db } = openStore(file);
    insertRequest(db, 'BEFORE-1');
    await backupDatabase(db, backupsDirFor(file), new Date('2026-11-27T09:00:00.000Z'));
    // An older backup, and a newer one that is itself damaged: neither is chosen.
    await backupDatabase(db, backupsDirFor(file), new Date('2026-11-27T08:00:00.000Z'));
    writeFileSync(join(backupsDirFor(file), backupFileName(new Date('2026-11-27T10:00:00.000Z'))), 'damaged'.repeat(500));
    for (let index = 0; index < 300; index += 1) insertRequest(db, `AFTER-${index}`);
    const insert = db.prepare("INSERT INTO staff_notice (created_at, kind, detail) VALUES ('t', 'k', ?)");
    for (let row = 0; row < 2000; row += 1) insert.run('x'.repeat(200));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Damage the staff notices' pages, at the end of the file, and leave the requests readable.
    const bytes = readFileSync(file);
    bytes.fill(0x5a, bytes.length - 100 * 4096, bytes.length - 8192);
    writeFileSync(file, bytes);

    const reopened = openStore(file, fixedNow);
    expect(reopened.setAside?.restored).toMatchObject({ backupAt: '2026-11-27T09:00:00.000Z', salvageComplete: true });
    expect(reopened.setAside?.restored?.missingReferences).toHaveLength(300);
    expect(reopened.setAside?.restored?.missingReferences).toContain('AFTER-0');
    expect(reopened.db.prepare('SELECT reference FROM request').all()).toEqual([{ reference: 'BEFORE-1' }]);
    reopened.db.close();
  });

  test('starts fresh when there is no backup', () => {
    const dir = tempDir();
    const file = join(dir, 'kiosk.db');
    writeFileSync(file, 'not a database'.repeat(300));
    const reopened = openStore(file, fixedNow);
    expect(reopened.setAside).toBeDefined();
    expect(reopened.setAside?.restored).toBeUndefined();
    reopened.db.close();
  });
});
