import { createHmac, timingSafeEqual } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

/**
 * Request signing between the kiosk and the county (docs/county-api.yaml, Signature). The signature is
 * HMAC-SHA256, under the key shared with the county, over the timestamp, method, path with query, and
 * the exact body bytes, each on its own line; the timestamp keeps a captured request from being replayed
 * later, and the method and path keep it from being replayed to another endpoint.
 */
export const signatureHeader = {
  keyId: 'x-kiosk-key-id',
  timestamp: 'x-kiosk-timestamp',
  signature: 'x-kiosk-signature',
} as const;

/** How far apart the kiosk's and the county's clocks may be before a request is refused as stale. */
export const maxClockSkewSeconds = 300;

export interface SignedParts {
  method: string;
  /** The path with its query string, as sent: `/county/v1/halls/x/status-updates?after=12`. */
  target: string;
  body: string;
}

function signatureOf(key: KeyObject, timestamp: string, { method, target, body }: SignedParts): string {
  const message = `${timestamp}\n${method.toUpperCase()}\n${target}\n${body}`;
  return `sha256=${createHmac('sha256', key).update(message, 'utf8').digest('hex')}`;
}

/** The three headers that sign one request. */
export function signingHeaders(key: KeyObject, keyId: string, parts: SignedParts, now: Date): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    [signatureHeader.keyId]: keyId,
    [signatureHeader.timestamp]: timestamp,
    [signatureHeader.signature]: signatureOf(key, timestamp, parts),
  };
}

export type SignatureCheck =
  | { ok: true; keyId: string }
  | { ok: false; error: 'missing-signature' | 'unknown-key' | 'stale-timestamp' | 'bad-signature' };

/** The county's side: is this request signed, recently, by a key it knows? */
export function verifySignature(
  header: (name: string) => string | undefined,
  keyFor: (keyId: string) => KeyObject | undefined,
  parts: SignedParts,
  now: Date,
): SignatureCheck {
  const keyId = header(signatureHeader.keyId);
  const timestamp = header(signatureHeader.timestamp);
  const signature = header(signatureHeader.signature);
  if (!keyId || !timestamp || !signature) return { ok: false, error: 'missing-signature' };
  const key = keyFor(keyId);
  if (!key) return { ok: false, error: 'unknown-key' };
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now.getTime() / 1000 - Number(timestamp)) > maxClockSkewSeconds) {
    return { ok: false, error: 'stale-timestamp' };
  }
  const expected = Buffer.from(signatureOf(key, timestamp, parts));
  const given = Buffer.from(signature);
  // Compared in constant time, so the signature cannot be guessed a byte at a time.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, error: 'bad-signature' };
  return { ok: true, keyId };
}
