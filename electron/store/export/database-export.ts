import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateKeyFile } from '../crypto/index.ts';
import type { KioskDatabase } from '../open.ts';
import { schemaVersion } from '../migrate.ts';
import { packBundle, unpackBundle } from './bundle.ts';
import type { Manifest } from './bundle.ts';
import { decryptExport, encryptExport } from './encrypted-file.ts';

export interface DatabaseExport {
  bytes: Buffer;
  /** Whether the data key went in: without it the sealed personal data cannot be read from the export. */
  withDataKey: boolean;
}

/** The data folder's files an export carries besides the database (each may be missing). */
export interface ExportedFiles {
  dataKeyFile: string;
  auditKeyFile: string;
  checkpointFile: string;
}

/** A raw key file's key; a key wrapped by Electron safeStorage cannot be opened outside the kiosk app, and goes without. */
function rawKey(file: string): Buffer | undefined {
  const key = existsSync(file) ? loadOrCreateKeyFile(file) : undefined;
  return key?.ok ? key.key.export() : undefined;
}

/**
 * A consistent copy of the database (SQLite's online backup), with the data key and the audit log's key
 * and checkpoints when they can be read here, encrypted under the staff member's passphrase
 * (encrypted-file.ts).
 */
export async function exportDatabase(db: KioskDatabase, files: ExportedFiles, passphrase: string, now: Date = new Date()): Promise<DatabaseExport> {
  const scratch = mkdtempSync(join(tmpdir(), 'kiosk-export-'));
  try {
    // Read before the copy, so no checkpoint counts a row the copy lacks.
    const checkpoints = existsSync(files.checkpointFile) ? readFileSync(files.checkpointFile) : undefined;
    const copy = join(scratch, 'kiosk.db');
    await db.backup(copy);
    const dataKey = rawKey(files.dataKeyFile);
    const bundle = packBundle(
      { 'kiosk.db': readFileSync(copy), 'keys/data.key': dataKey, 'keys/audit.key': rawKey(files.auditKeyFile), 'audit-checkpoints.jsonl': checkpoints },
      { schemaVersion: schemaVersion(db), createdAt: now.toISOString() },
    );
    return { bytes: encryptExport(bundle, passphrase, { now }), withDataKey: dataKey !== undefined };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export type ExportUnpacking = { ok: true; manifest: Manifest; written: string[] } | { ok: false; error: 'not-an-export' | 'unknown-format' | 'wrong-passphrase-or-damaged' | 'damaged-bundle' };

/**
 * Opens an export into `outDir` as a kiosk data folder: `kiosk.db`, `keys/` and the audit checkpoints
 * (owner-only), so `KIOSK_DATA_DIR=outDir npm run serve`, `npm run audit:verify` or any SQLite tool can read it.
 */
export function openExport(file: Buffer, passphrase: string, outDir: string): ExportUnpacking {
  const opened = decryptExport(file, passphrase);
  if (!opened.ok) return opened;
  const bundle = unpackBundle(opened.contents);
  if (!bundle.ok) return bundle;
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [name, bytes] of Object.entries(bundle.files)) {
    const path = join(outDir, name);
    if (name.startsWith('keys/')) mkdirSync(join(outDir, 'keys'), { recursive: true, mode: 0o700 });
    writeFileSync(path, bytes, { mode: 0o600 });
    chmodSync(path, 0o600);
    written.push(path);
  }
  return { ok: true, manifest: bundle.manifest, written };
}
