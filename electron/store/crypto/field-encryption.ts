import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { DataKey } from './data-key.ts';
import { dataKeyBytes } from './data-key.ts';

/**
 * One personal-data field sealed with AES-256-GCM (architecture.md, Data), stored as
 * `v1.<base64url 12-byte IV>.<base64url ciphertext + 16-byte tag>`. The IV is random for every value:
 * under one key that is safe for about 2^32 values (NIST SP 800-38D, 8.3), far beyond a hall's lifetime.
 * The field's context (table, column, row) is bound as additional authenticated data, so a value
 * copied into another row or column does not open.
 */
export type FieldOpenError = 'tampered' | 'malformed' | 'unknown-version';

export type FieldOpening = { ok: true; plaintext: string } | { ok: false; error: FieldOpenError };

const version = 'v1';
const algorithm = 'aes-256-gcm';
const ivBytes = 12;
const tagBytes = 16;
/** A table, column or answer name (answer ids are camelCase); never a dot. */
const sqlName = /^[a-zA-Z][a-zA-Z0-9_]*$/;
const base64url = /^[A-Za-z0-9_-]*$/;

/** The one way to name a field: `request.name.42`. Names cannot hold a dot, so no two fields share one. */
export function fieldContext(table: string, column: string, rowKey: string | number | bigint): string {
  if (!sqlName.test(table) || !sqlName.test(column)) throw new Error(`not a table and column name: ${table}.${column}`);
  if (rowKey === '') throw new Error('a field context needs a row key');
  return `${table}.${column}.${rowKey}`;
}

function assertUsable(key: DataKey, context: string): void {
  if (key.type !== 'secret' || key.symmetricKeySize !== dataKeyBytes) throw new Error('the data key must be a 32-byte secret key');
  // An empty context would let a value be moved anywhere unnoticed.
  if (context === '') throw new Error('a sealed field needs its context, e.g. request.name.42');
}

export function encryptField(key: DataKey, plaintext: string, context: string): string {
  assertUsable(key, context);
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv(algorithm, key, iv, { authTagLength: tagBytes });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${version}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

/** Strict: Node's own decoder skips characters it does not know, which would hide damage. */
function decodeBase64url(text: string): Buffer | undefined {
  if (!base64url.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

/** A wrong key reads as 'tampered' too: AES-GCM cannot tell the two apart. */
export function decryptField(key: DataKey, sealed: string, context: string): FieldOpening {
  assertUsable(key, context);
  const [tag, ivText, bodyText, ...extra] = sealed.split('.');
  if (tag !== version) return { ok: false, error: /^v\d+$/.test(tag ?? '') ? 'unknown-version' : 'malformed' };
  if (ivText === undefined || bodyText === undefined || extra.length > 0) return { ok: false, error: 'malformed' };
  const iv = decodeBase64url(ivText);
  const body = decodeBase64url(bodyText);
  if (iv?.length !== ivBytes || body === undefined || body.length < tagBytes) return { ok: false, error: 'malformed' };
  const decipher = createDecipheriv(algorithm, key, iv, { authTagLength: tagBytes });
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(body.subarray(body.length - tagBytes));
  try {
    const plaintext = Buffer.concat([decipher.update(body.subarray(0, body.length - tagBytes)), decipher.final()]);
    return { ok: true, plaintext: plaintext.toString('utf8') };
  } catch {
    return { ok: false, error: 'tampered' };
  }
}
