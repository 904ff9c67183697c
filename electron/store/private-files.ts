import { chmodSync, closeSync, fchmodSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Issue #16.5: the data folder holds masked IDs, disability details, return reasons and the staff PIN
 * hashes, so every folder in it is the kiosk user's only (0700) and every file too (0600), whatever the
 * umask. SQLite gives a database's -wal and -shm the main file's mode, so a database created here keeps
 * them private as well.
 */
export const privateDirMode = 0o700;
export const privateFileMode = 0o600;

/** Group or other may read, write or enter. */
const sharedBits = 0o077;

/** A folder (and any missing parents) made owner-only. An existing one is left to repairPrivateModes. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: privateDirMode });
}

/** An empty owner-only file where none is yet, so whatever writes it next (SQLite) keeps its mode. */
export function touchPrivateFile(file: string): void {
  closeSync(openSync(file, 'a', privateFileMode));
}

/** Writes `bytes` to `file`, owner-only even when the file was there before with a wider mode. */
export function writePrivateFileSync(file: string, bytes: Uint8Array | string): void {
  const fd = openSync(file, 'w', privateFileMode);
  try {
    // open's mode only applies to a file it creates; an existing file keeps its own without this.
    fchmodSync(fd, privateFileMode);
    writeFileSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface RepairedMode {
  /** Relative to the folder repaired. */
  path: string;
  from: string;
  to: string;
  /** Why it could not be changed (another user's file): the kiosk still starts, and the log says so. */
  failed?: string;
}

const octal = (mode: number) => `0${(mode & 0o777).toString(8)}`;

function repairTree(root: string, path: string, repaired: RepairedMode[]): void {
  const entry = lstatSync(path, { throwIfNoEntry: false });
  // A link is left alone: chmod would follow it out of the data folder.
  if (!entry || entry.isSymbolicLink()) return;
  if ((entry.mode & sharedBits) !== 0) {
    const to = entry.mode & 0o700;
    const change = { path: relative(root, path) || '.', from: octal(entry.mode), to: octal(to) };
    try {
      chmodSync(path, to);
      repaired.push(change);
    } catch (error) {
      repaired.push({ ...change, failed: (error as Error).message });
    }
  }
  if (!entry.isDirectory()) return;
  let names: string[] = [];
  try {
    names = readdirSync(path);
  } catch (error) {
    repaired.push({ path: relative(root, path) || '.', from: octal(entry.mode), to: octal(entry.mode), failed: (error as Error).message });
  }
  for (const name of names) repairTree(root, join(path, name), repaired);
}

/**
 * Takes group and other access away from `dir` and everything in it, as start-up does for a data folder
 * made before issue #16 (0755 folders, 0644 files). Returns what was changed, for the log.
 */
export function repairPrivateModes(dir: string): RepairedMode[] {
  // Windows has no such bits; its folders are the user's by their ACL.
  if (process.platform === 'win32') return [];
  const repaired: RepairedMode[] = [];
  repairTree(dir, dir, repaired);
  return repaired;
}
