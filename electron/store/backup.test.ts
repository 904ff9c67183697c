import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../testing/temp-dir.ts';
import { backupDatabase, backupFileName, backupsKept, isSoundBackup, listBackups } from './backup.ts';
import { openStore } from './open.ts';

const tempDir = useTempDir();

describe('online backups', () => {
  test('copy the open database into one self-contained file that opens on its own', async () => {
    const dir = tempDir();
    const { db } = openStore(join(dir, 'kiosk.db'));
    db.prepare("INSERT INTO staff_notice (created_at, kind, detail) VALUES ('t', 'k', '{}')").run();
    const backup = await backupDatabase(db, join(dir, 'backups'), new Date('2026-11-28T06:00:00.000Z'));
    db.close();
    expect(backup.file).toBe(join(dir, 'backups', 'kiosk-2026-11-28T06-00-00-000Z.db'));
    expect(readdirSync(join(dir, 'backups'))).toEqual(['kiosk-2026-11-28T06-00-00-000Z.db']);
    const copy = new Database(backup.file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT count(*) AS n FROM staff_notice').get()).toEqual({ n: 1 });
    copy.close();
    expect(isSoundBackup(backup.file)).toBe(true);
  });

  test('keep the newest 24, newest first, and never count a half-written one', async () => {
    const dir = tempDir();
    const { db } = openStore(join(dir, 'kiosk.db'));
    const backups = join(dir, 'backups');
    for (let hour = 0; hour < 30; hour += 1) await backupDatabase(db, backups, new Date(Date.UTC(2026, 10, 28, hour % 24, 0, 0) + Math.floor(hour / 24) * 86_400_000));
    db.close();
    const halfWritten = join(backups, `${backupFileName(new Date('2027-01-01T00:00:00.000Z'))}.partial`);
    writeFileSync(halfWritten, 'half');
    const listed = listBackups(backups);
    expect(listed).toHaveLength(backupsKept);
    expect(listed[0]?.at.toISOString()).toBe('2026-11-29T05:00:00.000Z');
    expect(listed.at(-1)?.at.toISOString()).toBe('2026-11-28T06:00:00.000Z');
    expect(existsSync(join(backups, 'kiosk-2026-11-28T05-00-00-000Z.db'))).toBe(false);
    // The next backup tidies away what a killed one left.
    const reopened = openStore(join(dir, 'kiosk.db')).db;
    await backupDatabase(reopened, backups, new Date('2026-11-30T00:00:00.000Z'));
    reopened.close();
    expect(existsSync(halfWritten)).toBe(false);
  });

  test('a damaged or missing backup is not sound', () => {
    const dir = tempDir();
    const file = join(dir, backupFileName(new Date()));
    writeFileSync(file, 'not a database'.repeat(100));
    expect(isSoundBackup(file)).toBe(false);
    expect(isSoundBackup(join(dir, 'missing.db'))).toBe(false);
    expect(listBackups(join(dir, 'none'))).toEqual([]);
  });
});
