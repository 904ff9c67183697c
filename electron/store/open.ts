import Database from 'better-sqlite3';
import { existsSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { backupsDirFor } from './backup.ts';
import { migrate } from './migrate.ts';
import { makePrivateDir, touchPrivateFile } from './private-files.ts';
import { restoreLatestBackup, salvageReferences } from './restore.ts';

export type KioskDatabase = Database.Database;

/** A database file that could not be used and was moved aside, never deleted. */
export interface SetAsideDatabase {
  original: string;
  setAsideAs: string;
  reason: string;
  /** The backup put in its place, if there was a sound one; else the kiosk started on a fresh database. */
  restored?: RestoredBackup;
}

export interface RestoredBackup {
  backupFile: string;
  backupAt: string;
  /** Requests the damaged file still shows that the backup lacks: taken after it, to be checked by staff. */
  missingReferences: string[];
  /** False when pages of the damaged file could not be read, so more requests may be missing. */
  salvageComplete: boolean;
}

export interface OpenedStore {
  db: KioskDatabase;
  setAside?: SetAsideDatabase;
}

/** SQLite codes that mean the file itself is damaged or not a database. */
const damagedFileCodes = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CANTOPEN', 'SQLITE_IOERR_SHORT_READ']);

function openAndCheck(file: string): KioskDatabase {
  // Issue #16.5: SQLite would make a new file 0644; one made owner-only first keeps it, and its WAL, private.
  touchPrivateFile(file);
  const db = new Database(file);
  try {
    // architecture.md, Data: WAL, full sync (a power cut loses nothing acknowledged), foreign keys.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw Object.assign(new Error(`quick_check: ${String(check)}`), { code: 'SQLITE_CORRUPT' });
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function isDamagedFile(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && damagedFileCodes.has(code);
}

/** `kiosk.db.corrupt-2026-11-27T10-15-00-000Z`: sortable, and safe in every file system. */
export function setAsideName(file: string, now: Date): string {
  return `${file}.corrupt-${now.toISOString().replaceAll(':', '-').replace('.', '-')}`;
}

/**
 * Opens the kiosk's one SQLite file, checked with SQLite's quick_check. A damaged file is moved aside
 * with its WAL and shared-memory files, and the newest sound backup restored in its place (or, with none,
 * a fresh database started), so the kiosk never crashes in a loop on a bad file.
 */
export function openStore(file: string, now: () => Date = () => new Date()): OpenedStore {
  makePrivateDir(dirname(file));
  try {
    return { db: openAndCheck(file) };
  } catch (error) {
    if (!isDamagedFile(error)) throw error;
    const setAsideAs = setAsideName(file, now());
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(file + suffix)) renameSync(file + suffix, setAsideAs + suffix);
    }
    // Issue #8: the newest sound backup takes its place, and staff learn which requests came after it.
    const backup = restoreLatestBackup(file, backupsDirFor(file));
    const db = openAndCheck(file);
    const setAside: SetAsideDatabase = { original: file, setAsideAs, reason: error.message };
    if (!backup) return { db, setAside };
    const salvaged = salvageReferences(setAsideAs);
    const known = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM request WHERE reference = ?');
    const missingReferences = salvaged.references.filter((reference) => !known.get(reference));
    return {
      db,
      setAside: { ...setAside, restored: { backupFile: backup.file, backupAt: backup.at.toISOString(), missingReferences, salvageComplete: salvaged.complete } },
    };
  }
}
