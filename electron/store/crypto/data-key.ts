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

export type DataKeyLoad = { ok: true; key: DataKey } | { ok: false; error: DataKeyError; detail: string };

/**
 * Seals the key file with the operating system's keystore: Electron `safeStorage` in the kiosk's main
 * process (DPAPI on Windows, the Secret Service on Linux). This module never imports Electron.
 */
export interface KeyWrapper {
  /** Used only when the key file is first made; without it a new key file holds the raw key. */
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
  if (contents.subarray(0, wrappedMarker.length).equals(wrappedMarker)) {
    if (!wrapper) return failure('unreadable', `the key file ${path} is sealed by the Electron kiosk's keystore; only the Electron kiosk can open it`);
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

/**
 * Writes a new key beside the key file and links it into place, so a power cut leaves either no key
 * file or a whole one, never an empty key file that would stop every later start.
 */
function createKeyFile(path: string, options: DataKeyOptions, platform: NodeJS.Platform): DataKeyLoad | 'lost-race' {
  const raw = randomBytes(dataKeyBytes);
  let contents = raw;
  if (options.wrapper?.wrap) {
    try {
      contents = Buffer.concat([wrappedMarker, options.wrapper.wrap(raw)]);
    } catch (error) {
      return failure('unreadable', `the keystore could not seal a new key for ${path}: ${messageOf(error)}`);
    }
  }
  const pending = `${path}.${process.pid}-${randomBytes(6).toString('hex')}.new`;
  try {
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
 * The data key from its key file, made on first start. An existing key file is never replaced, even a
 * broken one: every sealed field depends on it.
 */
export function loadOrCreateDataKey(path: string, options: DataKeyOptions = {}): DataKeyLoad {
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
  return keyFromContents(path, contents, options.wrapper);
}
