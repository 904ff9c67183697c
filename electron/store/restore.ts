import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, renameSync } from 'node:fs';
import type { Backup } from './backup.ts';
import { isSoundBackup, listBackups } from './backup.ts';
import { privateFileMode } from './private-files.ts';

/**
 * Puts the newest sound backup in `file`'s place (copied under another name, then renamed, so a power
 * cut never leaves half a database). Undefined when there is no backup, or none passes its check.
 */
export function restoreLatestBackup(file: string, backupsDir: string): Backup | undefined {
  const backup = listBackups(backupsDir).find((each) => isSoundBackup(each.file));
  if (!backup) return undefined;
  const partial = `${file}.restoring`;
  copyFileSync(backup.file, partial);
  // A copy keeps its source's mode, and a backup made before issue #16.5 was 0644.
  chmodSync(partial, privateFileMode);
  renameSync(partial, file);
  return backup;
}

export interface SalvagedReferences {
  references: string[];
  /** False when some pages could not be read: there may be requests the list does not show. */
  complete: boolean;
}

/** Rowids tried past the last one that read, before the salvage gives up on a damaged table. */
const missesBeforeGivingUp = 2_000;

/**
 * The request references a damaged database file still shows, read row by row so one bad page does not
 * hide the rest. Only references: enough for staff to find each request again, and no personal data.
 */
export function salvageReferences(file: string): SalvagedReferences {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return { references: [], complete: false };
  }
  try {
    try {
      const references = db.prepare<[], { reference: string }>('SELECT reference FROM request ORDER BY rowid').all();
      return { references: references.map((row) => row.reference), complete: true };
    } catch {
      const row = db.prepare<[number], { reference: string }>('SELECT reference FROM request WHERE rowid = ?');
      const references: string[] = [];
      for (let rowid = 1, misses = 0; misses < missesBeforeGivingUp; rowid += 1) {
        try {
          const found = row.get(rowid);
          if (found) references.push(found.reference);
          misses = found ? 0 : misses + 1;
        } catch {
          misses += 1;
        }
      }
      return { references, complete: false };
    }
  } catch {
    return { references: [], complete: false };
  } finally {
    db.close();
  }
}
