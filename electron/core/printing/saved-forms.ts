import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { A4PrinterConfig } from './printer-config.ts';

/** `<dir>/forms/`, where a hall without an A4 printer finds its forms' PDFs. */
export function formsDirIn(dir: string): string {
  return join(dir, 'forms');
}

/** 2026-11-27T08-00-00.000Z: an ISO time without colons, which Windows forbids in file names. */
function fileStamp(date: Date): string {
  return date.toISOString().replaceAll(':', '-');
}

/** `2026-11-28T02-00-00.000Z-KA-482913-5.pdf`: when it was made, then the request's reference. */
export function savedFormName(at: Date, reference: string): string {
  return `${fileStamp(at)}-${reference}.pdf`;
}

const savedFormPattern = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-(.+)\.pdf$/;

/**
 * Every folder a saved form may be in: the data folder's (the default) and, when the hall's config saves
 * them elsewhere, that one too, so a form saved before the config changed is still found.
 */
export function savedFormsDirs(a4Printer: A4PrinterConfig | undefined, dataDir: string): string[] {
  const dirs = [formsDirIn(dataDir)];
  if (a4Printer?.kind === 'file') dirs.push(formsDirIn(a4Printer.dir));
  return [...new Set(dirs)];
}

/**
 * Issue #16.5: a saved form holds the request's full data in clear, so it goes when the request's
 * personal data is purged. Removes each PDF in `dirs` whose request `isPurged` says is; returns the
 * paths removed. A folder that is not there holds nothing to remove.
 */
export function removeSavedForms(dirs: readonly string[], isPurged: (reference: string) => boolean): string[] {
  const removed: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const reference = savedFormPattern.exec(name)?.[1];
      if (reference === undefined || !isPurged(reference)) continue;
      rmSync(join(dir, name), { force: true });
      removed.push(join(dir, name));
    }
  }
  return removed;
}
