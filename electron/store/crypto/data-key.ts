import { createSecretKey, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';

/**
 * The AES-256 key that seals personal data field by field (architecture.md, Data). A KeyObject rather
 * than a Buffer, so its bytes never end up in a log line or a JSON dump by accident.
 */
export type DataKey = KeyObject;

export const dataKeyBytes = 32;

export type DataKeyError = 'unreadable' | 'wrong-length' | 'too-open';

export type DataKeyLoad =
  /** `resealFailed`: a raw key file could not be sealed by the keystore; it was kept, and is tried again next start. */
  | { ok: true; key: DataKey; resealFailed?: string }
  | { ok: false; error: DataKeyError; detail: string };

/**
 * Seals the key file with the operating system's keystore: Electron `safeStorage` in the kiosk's main
 * process (DPAPI on Windows, the Secret Service on Linux). This module never imports Electron.
 */
export interface KeyWrapper {
  /**
   * Seals a new key file, and reseals a raw one made before the keystore was available (issue #16.6).
   * Without it a new key file holds the raw key.
   */
  wrap?: (key: Buffer) => Buffer;
  unwrap: (wrapped: Buffer) => Buffer;
}

export interface DataKeyOptions {
  wrapper?: KeyWrapper;
  /** Only POSIX systems have owner-only permission bits to check; Windows protects the profile by ACL. */
  platform?: NodeJS.Platform;
}

/** A raw key file is exactly the 32 key bytes; a wrapped one starts with this line. */
const wrappedMarker = Buffer.from('village-kiosk-wrapped-data-key-1\n', 'ascii');

function isSealed(contents: Buffer): boolean {
  return contents.subarray(0, wrappedMarker.length).equals(wrappedMarker);
}

type DataKeyFailure = Extract<DataKeyLoad, { ok: false }>;

function failure(error: DataKeyError, detail: string): DataKeyFailure {
  return { ok: false, error, detail };
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The key file's bytes, 'missing', or why they cannot be used. */
function readKeyFile(path: string, platform: NodeJS.Platform): Buffer | 'missing' | DataKeyFailure {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    return failure('unreadable', `the key file ${path} cannot be opened: ${messageOf(error)}`);
  }
  try {
    // Checked on the open file, so the file read is the file checked.
    const stat = fstatSync(fd);
    if (!stat.isFile()) return failure('unreadable', `${path} is not a regular file`);
    const mode = stat.mode & 0o777;
    // Refuse rather than tighten: whoever could read the file may already hold a copy of the key to
    // every resident's ID number, and tightening it quietly would hide that. A person decides whether
    // to tighten it or to start a new key, as ssh does with a private key that others can read.
    if (platform !== 'win32' && (mode & 0o077) !== 0) {
      const shown = mode.toString(8).padStart(4, '0');
      return failure('too-open', `the key file ${path} has mode ${shown}, so other users can reach it; check who could read it, then run: chmod 600 "${path}"`);
    }
    return readFileSync(fd);
  } catch (error) {
    return failure('unreadable', `the key file ${path} cannot be read: ${messageOf(error)}`);
  } finally {
    closeSync(fd);
  }
}

function keyFromContents(path: string, contents: Buffer, wrapper: KeyWrapper | undefined): DataKeyLoad {
  let raw = contents;
  if (isSealed(contents)) {
    // Issue #16.6: also where the keystore has stopped working; the sealed file is left as it is.
    if (!wrapper) return failure('unreadable', `the key file ${path} is sealed by the Electron kiosk's keystore, which is not available here; only the Electron kiosk can open it, and the file was left as it is`);
    try {
      raw = wrapper.unwrap(contents.subarray(wrappedMarker.length));
    } catch (error) {
      return failure('unreadable', `the keystore could not unseal ${path}: ${messageOf(error)}`);
    }
  }
  if (raw.length !== dataKeyBytes) {
    return failure('wrong-length', `the key in ${path} is ${raw.length} bytes, not ${dataKeyBytes}; restore it from the backup it was saved with`);
  }
  return { ok: true, key: createSecretKey(raw) };
}

function syncDirectory(dir: string, platform: NodeJS.Platform): void {
  if (platform === 'win32') return; // Windows cannot open a directory to flush it.
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function sealed(path: string, raw: Buffer, wrapper: KeyWrapper | undefined): Buffer | DataKeyFailure {
  if (!wrapper?.wrap) return raw;
  try {
    return Buffer.concat([wrappedMarker, wrapper.wrap(raw)]);
  } catch (error) {
    return failure('unreadable', `the keystore could not seal the key for ${path}: ${messageOf(error)}`);
  }
}

/** A whole, flushed, owner-only file beside `path`, not yet in place. */
function writePending(path: string, contents: Buffer): string {
  const pending = `${path}.${process.pid}-${randomBytes(6).toString('hex')}.new`;
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // 'wx' with 0600 from the start: the key is never readable by others, not even for a moment.
  const fd = openSync(pending, 'wx', 0o600);
  try {
    fchmodSync(fd, 0o600); // whatever the umask
    writeFileSync(fd, contents);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return pending;
}

/**
 * Writes a new key beside the key file and links it into place, so a power cut leaves either no key
 * file or a whole one, never an empty key file that would stop every later start.
 */
function createKeyFile(path: string, options: DataKeyOptions, platform: NodeJS.Platform): DataKeyLoad | 'lost-race' {
  const raw = randomBytes(dataKeyBytes);
  const contents = sealed(path, raw, options.wrapper);
  if (!Buffer.isBuffer(contents)) return contents;
  try {
    const pending = writePending(path, contents);
    try {
      linkSync(pending, path);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return 'lost-race';
      throw error;
    } finally {
      unlinkSync(pending);
    }
    syncDirectory(dirname(path), platform);
  } catch (error) {
    return failure('unreadable', `the key file ${path} could not be created: ${messageOf(error)}`);
  }
  return { ok: true, key: createSecretKey(raw) };
}

/**
 * Issue #16.6: a raw key file made before the keystore was available is sealed in place. The sealed
 * copy is checked to unseal to the same key, then renamed over the raw file, so a power cut leaves
 * one or the other whole. A failure leaves the raw file as it was, and the kiosk runs on it.
 */
function sealRawKeyFile(path: string, raw: Buffer, wrapper: KeyWrapper, platform: NodeJS.Platform): DataKeyFailure | undefined {
  const contents = sealed(path, raw, wrapper);
  if (!Buffer.isBuffer(contents)) return contents;
  let pending: string | undefined;
  try {
    if (!wrapper.unwrap(contents.subarray(wrappedMarker.length)).equals(raw)) {
      return failure('unreadable', `the keystore does not give back the key it sealed for ${path}; the raw key file was kept`);
    }
    pending = writePending(path, contents);
    renameSync(pending, path);
    pending = undefined;
    syncDirectory(dirname(path), platform);
    return undefined;
  } catch (error) {
    return failure('unreadable', `the key file ${path} could not be sealed: ${messageOf(error)}`);
  } finally {
    if (pending) rmSync(pending, { force: true });
  }
}

/**
 * A 32-byte secret key from its key file, made on first start: the data key, and the audit log's key
 * beside it (issue #16.3), both owner-only and sealed by the same keystore. An existing key file is never
 * replaced by another key, even a broken one: every sealed field and every audit row depends on it. A raw
 * one is only resealed, when a wrapper can seal.
 */
export function loadOrCreateKeyFile(path: string, options: DataKeyOptions = {}): DataKeyLoad {
  const platform = options.platform ?? process.platform;
  let contents = readKeyFile(path, platform);
  if (contents === 'missing') {
    const created = createKeyFile(path, options, platform);
    if (created !== 'lost-race') return created;
    // Another process made the key file first: use its key.
    contents = readKeyFile(path, platform);
    if (contents === 'missing') return failure('unreadable', `the key file ${path} disappeared while it was being made`);
  }
  if (!Buffer.isBuffer(contents)) return contents;
  const load = keyFromContents(path, contents, options.wrapper);
  if (load.ok && options.wrapper?.wrap && !isSealed(contents)) {
    const refused = sealRawKeyFile(path, contents, options.wrapper, platform);
    if (refused) return { ...load, resealFailed: refused.detail };
  }
  return load;
}

/** The data key that seals personal data (architecture.md, Data). */
export const loadOrCreateDataKey = loadOrCreateKeyFile;
