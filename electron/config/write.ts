import { closeSync, existsSync, fchmodSync, fsyncSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import type { ServiceSeed } from '../core/catalog/seed.ts';
import type { ConfigCheck, ConfigPaths } from './load.ts';
import { checkConfigFile, checkConfigText } from './load.ts';
import type { KioskConfig } from './schema.ts';

/** Whole sections of the config an admin's change replaces. */
export type ConfigPatch = Partial<Omit<KioskConfig, '$schema'>>;

/**
 * Writes the whole text to a temporary file, flushes it to disk, then renames it over the old file:
 * a power cut leaves the old file or the new one, never half of each. Keeps the old file's permissions
 * (a hall's config holds PIN hashes).
 */
function writeAtomically(file: string, text: string): void {
  const mode = existsSync(file) ? statSync(file).mode & 0o777 : 0o600;
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w', mode);
  try {
    fchmodSync(fd, mode);
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
}

/**
 * Applies an admin's change to the hall's config file. The file keeps its own fields in its own order,
 * its `$schema` and 2-space JSON; only the patched sections are replaced. The result is checked exactly
 * as at start-up (schema and service catalog) before anything is written. The running kiosk also keeps
 * it as the last good config, so a later broken hand edit can never bring back a removed member's PIN;
 * a command-line change leaves that to the kiosk's next start.
 */
export function writeConfigChange(
  paths: Pick<ConfigPaths, 'requested'> & Partial<Pick<ConfigPaths, 'lastGood'>>,
  seeds: readonly ServiceSeed[],
  patch: ConfigPatch,
): ConfigCheck {
  const current = checkConfigFile(paths.requested, seeds);
  if (!current.ok) return current;
  const raw = JSON.parse(readFileSync(paths.requested, 'utf8')) as Record<string, unknown>;
  const text = `${JSON.stringify({ ...raw, ...patch }, null, 2)}\n`;
  const next = checkConfigText(text, seeds);
  if (!next.ok) return next;
  writeAtomically(paths.requested, text);
  if (paths.lastGood !== undefined) writeAtomically(paths.lastGood, text);
  return next;
}
