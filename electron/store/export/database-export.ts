import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateDataKey } from '../crypto/index.ts';
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

/**
 * A consistent copy of the database (SQLite's online backup), with the data key when it can be read
 * here, encrypted under the staff member's passphrase (encrypted-file.ts).
 */
export async function exportDatabase(db: KioskDatabase, dataKeyFile: string, passphrase: string, now: Date = new Date()): Promise<DatabaseExport> {
  const scratch = mkdtempSync(join(tmpdir(), 'kiosk-export-'));
  try {
    const copy = join(scratch, 'kiosk.db');
    await db.backup(copy);
    // A key wrapped by Electron safeStorage cannot be opened outside the kiosk app: the export goes without it.
    const key = existsSync(dataKeyFile) ? loadOrCreateDataKey(dataKeyFile) : undefined;
    const dataKey = key?.ok ? key.key.export() : undefined;
    const bundle = packBundle({ 'kiosk.db': readFileSync(copy), 'keys/data.key': dataKey }, { schemaVersion: schemaVersion(db), createdAt: now.toISOString() });
    return { bytes: encryptExport(bundle, passphrase, { now }), withDataKey: dataKey !== undefined };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export type ExportUnpacking = { ok: true; manifest: Manifest; written: string[] } | { ok: false; error: 'not-an-export' | 'unknown-format' | 'wrong-passphrase-or-damaged' | 'damaged-bundle' };

/**
 * Opens an export into `outDir` as a kiosk data folder: `kiosk.db` and `keys/data.key` (owner-only), so
 * `KIOSK_DATA_DIR=outDir npm run serve` or any SQLite tool can read it.
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
    if (name === 'keys/data.key') mkdirSync(join(outDir, 'keys'), { recursive: true, mode: 0o700 });
    writeFileSync(path, bytes, { mode: 0o600 });
    chmodSync(path, 0o600);
    written.push(path);
  }
  return { ok: true, manifest: bundle.manifest, written };
}
