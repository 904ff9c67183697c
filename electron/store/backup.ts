import Database from 'better-sqlite3';
import { readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KioskDatabase } from './open.ts';
import { makePrivateDir, touchPrivateFile } from './private-files.ts';

/** Issue #8: the last day of hourly backups. */
export const backupsKept = 24;

/** `<data dir>/backups/`, beside the database file. */
export function backupsDirFor(databaseFile: string): string {
  return join(dirname(databaseFile), 'backups');
}

const backupName = /^kiosk-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.db$/;

/** `kiosk-2026-11-28T06-00-00-000Z.db`: sortable by name, and safe in every file system. */
export function backupFileName(at: Date): string {
  return `kiosk-${at.toISOString().replaceAll(':', '-').replace('.', '-')}.db`;
}

export interface Backup {
  file: string;
  /** When it was taken, from its name. */
  at: Date;
}

/** The finished backups in `dir`, newest first; a half-written one (`.partial`) is never listed. */
export function listBackups(dir: string): Backup[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const stamp = backupName.exec(name)?.[1];
      if (!stamp) return [];
      const iso = stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
      return [{ file: join(dir, name), at: new Date(iso) }];
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

/**
 * An online backup with SQLite's backup API (better-sqlite3 `db.backup`): the kiosk keeps serving while
 * it is copied, and the copy is one consistent moment. Written under a `.partial` name and renamed, so a
 * power cut never leaves a half-written file that looks like a backup; then only the newest 24 are kept.
 */
export async function backupDatabase(db: KioskDatabase, dir: string, now: Date = new Date()): Promise<Backup> {
  makePrivateDir(dir);
  const file = join(dir, backupFileName(now));
  const partial = `${file}.partial`;
  // A backup cut short (the kiosk killed mid-copy) leaves its .partial behind: tidied before the next.
  for (const name of readdirSync(dir).filter((each) => each.endsWith('.partial'))) rmSync(join(dir, name), { force: true });
  // Issue #16.5: a backup holds what the database holds, so it is owner-only from its first byte.
  touchPrivateFile(partial);
  await db.backup(partial);
  // A copy of a WAL database is in WAL mode too; a backup is one self-contained file, read without a -wal or -shm.
  const copy = new Database(partial);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  renameSync(partial, file);
  for (const old of listBackups(dir).slice(backupsKept)) rmSync(old.file, { force: true });
  return { file, at: now };
}

/** Whether a backup file opens and passes SQLite's quick check; a damaged backup is skipped, never restored. */
export function isSoundBackup(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}
