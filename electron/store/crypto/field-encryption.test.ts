import { createSecretKey, randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { decryptField, encryptField, fieldContext } from './field-encryption.ts';

const key = createSecretKey(randomBytes(32));
const context = fieldContext('request', 'name', 42);

/** Rebuilds a sealed value with one bit of its IV-and-ciphertext bytes flipped. */
function withFlippedBit(sealed: string, byteIndex: number): string {
  const [version, ivText, bodyText] = sealed.split('.') as [string, string, string];
  const bytes = Buffer.concat([Buffer.from(ivText, 'base64url'), Buffer.from(bodyText, 'base64url')]);
  bytes[byteIndex] = (bytes[byteIndex] ?? 0) ^ 0x01;
  return `${version}.${bytes.subarray(0, 12).toString('base64url')}.${bytes.subarray(12).toString('base64url')}`;
}

describe('encryptField and decryptField', () => {
  test.each(['王秀英', '河南省郑州市中原区建设路 12 号院 3 单元', '', 'Wang Xiuying 🙂'])('round trip: %s', (plaintext) => {
    const sealed = encryptField(key, plaintext, context);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(decryptField(key, sealed, context)).toEqual({ ok: true, plaintext });
  });

  test('the same name seals differently every time, so equal values cannot be spotted', () => {
    const first = encryptField(key, '王秀英', context);
    const second = encryptField(key, '王秀英', context);
    expect(first).not.toBe(second);
    expect(first.split('.')[1]).not.toBe(second.split('.')[1]);
  });

  test('any one changed byte of the IV, ciphertext or tag is found', () => {
    const sealed = encryptField(key, '41010219460315123X', context);
    const byteCount = 12 + Buffer.from(sealed.split('.')[2] ?? '', 'base64url').length;
    for (let index = 0; index < byteCount; index += 1) {
      expect(decryptField(key, withFlippedBit(sealed, index), context)).toEqual({ ok: false, error: 'tampered' });
    }
  });

  test('a value copied into another row or another column does not open', () => {
    const sealed = encryptField(key, '13812345678', fieldContext('request', 'phone', 42));
    expect(decryptField(key, sealed, fieldContext('request', 'phone', 43))).toEqual({ ok: false, error: 'tampered' });
    expect(decryptField(key, sealed, fieldContext('request', 'name', 42))).toEqual({ ok: false, error: 'tampered' });
    expect(decryptField(key, sealed, fieldContext('appointment', 'phone', 42))).toEqual({ ok: false, error: 'tampered' });
  });

  test('a value sealed under another key does not open', () => {
    const sealed = encryptField(key, '王秀英', context);
    expect(decryptField(createSecretKey(randomBytes(32)), sealed, context)).toEqual({ ok: false, error: 'tampered' });
  });

  test('a later format is reported as unknown, not as damage', () => {
    const sealed = encryptField(key, '王秀英', context);
    expect(decryptField(key, sealed.replace(/^v1\./, 'v2.'), context)).toEqual({ ok: false, error: 'unknown-version' });
  });

  test.each([
    ['plain text', '王秀英'],
    ['an empty string', ''],
    ['a missing part', 'v1.AAAAAAAAAAAAAAAA'],
    ['an extra part', 'v1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA.AA'],
    ['a short IV', 'v1.AAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA'],
    ['a body shorter than the tag', 'v1.AAAAAAAAAAAAAAAA.AAAA'],
    ['characters outside base64url', 'v1.AAAAAAAAAAAAAAA+.AAAAAAAAAAAAAAAAAAAAAA'],
    ['padding', 'v1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA=='],
  ])('%s is malformed', (_name, sealed) => {
    expect(decryptField(key, sealed, context)).toEqual({ ok: false, error: 'malformed' });
  });
});

describe('fieldContext', () => {
  test('names table, column and row', () => {
    expect(fieldContext('request', 'id_number', 42)).toBe('request.id_number.42');
    expect(fieldContext('request', 'name', 'KA-482913-7')).toBe('request.name.KA-482913-7');
  });

  test.each([
    ['a dotted table', 'request.x', 'name', 1],
    ['an empty column', 'request', '', 1],
    ['an empty row key', 'request', 'name', ''],
  ])('refuses %s, a bug in the caller', (_name, table, column, row) => {
    expect(() => fieldContext(table, column, row)).toThrow();
  });

  test('sealing without a context is a bug in the caller', () => {
    expect(() => encryptField(key, '王秀英', '')).toThrow();
  });
});
