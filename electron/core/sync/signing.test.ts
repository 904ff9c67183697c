import { createSecretKey, randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { maxClockSkewSeconds, signingHeaders, verifySignature } from './signing.ts';
import type { SignedParts } from './signing.ts';

const key = createSecretKey(randomBytes(32));
const otherKey = createSecretKey(randomBytes(32));
const keys = new Map([['hall-key', key]]);
const now = new Date('2026-11-27T09:00:00Z');
const parts: SignedParts = { method: 'POST', target: '/kiosk/v1/requests', body: '{"reference":"KA-482913-5"}' };

function check(headers: Record<string, string>, what: SignedParts = parts, at: Date = now) {
  return verifySignature((name) => headers[name], (id) => keys.get(id), what, at);
}

describe('request signatures', () => {
  test('a request signed with the shared key checks out', () => {
    const headers = signingHeaders(key, 'hall-key', parts, now);
    expect(headers['x-kiosk-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(check(headers)).toEqual({ ok: true, keyId: 'hall-key' });
  });

  test('a changed body, method or path does not', () => {
    const headers = signingHeaders(key, 'hall-key', parts, now);
    expect(check(headers, { ...parts, body: '{"reference":"KA-482913-6"}' })).toEqual({ ok: false, error: 'bad-signature' });
    expect(check(headers, { ...parts, method: 'PUT' })).toEqual({ ok: false, error: 'bad-signature' });
    expect(check(headers, { ...parts, target: '/kiosk/v1/other' })).toEqual({ ok: false, error: 'bad-signature' });
  });

  test('another key, an unknown key id or no signature is refused', () => {
    expect(check(signingHeaders(otherKey, 'hall-key', parts, now))).toEqual({ ok: false, error: 'bad-signature' });
    expect(check(signingHeaders(key, 'someone-else', parts, now))).toEqual({ ok: false, error: 'unknown-key' });
    const unsigned = signingHeaders(key, 'hall-key', parts, now);
    delete unsigned['x-kiosk-signature'];
    expect(check(unsigned)).toEqual({ ok: false, error: 'missing-signature' });
  });

  test(`a timestamp more than ${maxClockSkewSeconds} s off either way is stale`, () => {
    const headers = signingHeaders(key, 'hall-key', parts, now);
    const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    expect(check(headers, parts, later(maxClockSkewSeconds)).ok).toBe(true);
    expect(check(headers, parts, later(maxClockSkewSeconds + 1))).toEqual({ ok: false, error: 'stale-timestamp' });
    expect(check(headers, parts, later(-maxClockSkewSeconds - 1))).toEqual({ ok: false, error: 'stale-timestamp' });
  });
});
