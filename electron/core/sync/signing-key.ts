import { createSecretKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { SigningKeySource } from './sync-config.ts';

export type SigningKeyError = 'missing' | 'too-open' | 'not-a-key';

export type SigningKeyLoad = { ok: true; key: KeyObject } | { ok: false; error: SigningKeyError; detail: string };

export interface SigningKeyContext {
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  /** Only POSIX systems have owner-only permission bits to check. */
  platform?: NodeJS.Platform;
}

const minimumKeyBytes = 32;

/** At least 32 bytes as hex: what `openssl rand -hex 32` prints. */
function keyFromHex(text: string, where: string): SigningKeyLoad {
  const hex = text.trim();
  if (!/^([0-9a-fA-F]{2})+$/.test(hex) || hex.length < minimumKeyBytes * 2) {
    return { ok: false, error: 'not-a-key', detail: `${where} must hold at least ${minimumKeyBytes} bytes as hex, such as openssl rand -hex 32 prints` };
  }
  return { ok: true, key: createSecretKey(Buffer.from(hex, 'hex')) };
}

function readKeyFile(path: string, platform: NodeJS.Platform): SigningKeyLoad {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return { ok: false, error: 'missing', detail: `the county signing key file ${path} cannot be opened` };
  }
  try {
    // Whoever can read the key can sign requests in the hall's name.
    if (platform !== 'win32' && (fstatSync(fd).mode & 0o077) !== 0) {
      return { ok: false, error: 'too-open', detail: `other users can read the county signing key file ${path}; run: chmod 600 "${path}"` };
    }
    return keyFromHex(readFileSync(fd, 'utf8'), `the county signing key file ${path}`);
  } finally {
    closeSync(fd);
  }
}

/** The HMAC key shared with the county, from where the hall's config says it is. Read when needed, so a replaced key file is picked up. */
export function loadSigningKey(source: SigningKeySource, { dataDir, env = process.env, platform = process.platform }: SigningKeyContext): SigningKeyLoad {
  if ('env' in source) {
    const value = env[source.env];
    if (value === undefined || value === '') return { ok: false, error: 'missing', detail: `the environment variable ${source.env} is not set` };
    return keyFromHex(value, `the environment variable ${source.env}`);
  }
  return readKeyFile(isAbsolute(source.file) ? source.file : join(dataDir, source.file), platform);
}
