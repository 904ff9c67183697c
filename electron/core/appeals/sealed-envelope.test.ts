import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { openSealedEnvelope, sealForCounty } from './sealed-envelope.ts';

const county = generateKeyPairSync('x25519');
const bound = { reference: 'KA-482913-5', serviceId: 'appeals-feedback' };
const text = JSON.stringify({ appealText: '村口的路灯坏了三个月没人修' });

describe('a sealed appeal', () => {
  test('opens with the county private key', () => {
    const envelope = sealForCounty(county.publicKey, text, bound);
    expect(openSealedEnvelope(county.privateKey, envelope)).toEqual({ ok: true, plaintext: text });
  });

  test('does not carry its text readably', () => {
    const envelope = JSON.stringify(sealForCounty(county.publicKey, text, bound));
    expect(envelope).not.toContain('路灯');
    expect(envelope).not.toContain(Buffer.from('路灯').toString('base64url'));
  });

  test('does not open with another key', () => {
    const other = generateKeyPairSync('x25519');
    expect(openSealedEnvelope(other.privateKey, sealForCounty(county.publicKey, text, bound))).toEqual({ ok: false, error: 'wrong-key-or-tampered' });
  });

  test('does not open with a key of another kind', () => {
    const ed = generateKeyPairSync('ed25519');
    expect(openSealedEnvelope(ed.privateKey, sealForCounty(county.publicKey, text, bound))).toEqual({ ok: false, error: 'not-an-x25519-private-key' });
  });

  test('fails the GCM tag when a byte of the ciphertext is changed', () => {
    const envelope = sealForCounty(county.publicKey, text, bound);
    const bytes = Buffer.from(envelope.ciphertext, 'base64url');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    expect(openSealedEnvelope(county.privateKey, { ...envelope, ciphertext: bytes.toString('base64url') })).toEqual({ ok: false, error: 'wrong-key-or-tampered' });
  });

  test('does not open when moved to another request', () => {
    const envelope = sealForCounty(county.publicKey, text, bound);
    expect(openSealedEnvelope(county.privateKey, { ...envelope, reference: 'KA-482914-2' })).toEqual({ ok: false, error: 'wrong-key-or-tampered' });
    expect(openSealedEnvelope(county.privateKey, { ...envelope, serviceId: 'policy-consultation' })).toEqual({ ok: false, error: 'wrong-key-or-tampered' });
  });

  test('uses a fresh one-time key each time', () => {
    const first = sealForCounty(county.publicKey, text, bound);
    const second = sealForCounty(county.publicKey, text, bound);
    expect(first.ephemeralPublicKey).not.toBe(second.ephemeralPublicKey);
    expect(first.ciphertext).not.toBe(second.ciphertext);
  });

  test('refuses to seal for a key that is not an X25519 public key', () => {
    expect(() => sealForCounty(county.privateKey, text, bound)).toThrow(/X25519 public key/);
  });
});
