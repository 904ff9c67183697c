import { describe, expect, test } from 'vitest';
import { packBundle, unpackBundle } from './bundle.ts';
import { decryptExport, encryptExport, exportMagic } from './encrypted-file.ts';

/** The smallest cost the format accepts, so the tests stay quick; the CLI uses the default. */
const quick = { kdf: { N: 2 ** 14, r: 8, p: 1 } };
const passphrase = '槐树湾 correct horse';

describe('the encrypted export format', () => {
  test('opens with the passphrase it was made with, giving back the same bytes and the header', () => {
    const contents = Buffer.from('kiosk database bytes');
    const file = encryptExport(contents, passphrase, { ...quick, now: new Date('2026-11-28T06:00:00.000Z') });
    expect(file.subarray(0, exportMagic.length).toString()).toBe('VSKEXPORT\n');
    expect(file.includes(contents)).toBe(false);
    const opened = decryptExport(file, passphrase);
    expect(opened).toMatchObject({ ok: true, header: { format: 1, kdf: { name: 'scrypt', N: 2 ** 14 }, cipher: { name: 'aes-256-gcm' }, createdAt: '2026-11-28T06:00:00.000Z' } });
    expect(opened.ok && opened.contents.equals(contents)).toBe(true);
  });

  test('refuses a wrong passphrase, a changed byte anywhere, and a file that is not an export', () => {
    const file = encryptExport(Buffer.from('secret'), passphrase, quick);
    expect(decryptExport(file, 'wrong passphrase')).toEqual({ ok: false, error: 'wrong-passphrase-or-damaged' });
    const changedBody = Buffer.from(file);
    changedBody.writeUInt8(changedBody.readUInt8(changedBody.length - 20) ^ 1, changedBody.length - 20);
    expect(decryptExport(changedBody, passphrase)).toEqual({ ok: false, error: 'wrong-passphrase-or-damaged' });
    // The header is authenticated too: its creation time cannot be changed unnoticed.
    const changedHeader = Buffer.from(file.toString('latin1').replace(/"createdAt":"\d/, '"createdAt":"1'), 'latin1');
    expect(decryptExport(changedHeader, passphrase)).toEqual({ ok: false, error: 'wrong-passphrase-or-damaged' });
    expect(decryptExport(Buffer.from('SQLite format 3\u0000'.repeat(10)), passphrase)).toEqual({ ok: false, error: 'not-an-export' });
  });

  test('refuses a header asking for a work factor beyond the bounds', () => {
    const file = encryptExport(Buffer.from('x'), passphrase, quick);
    const greedy = Buffer.from(file.toString('latin1').replace('"N":16384', '"N":99999999'), 'latin1');
    expect(decryptExport(greedy, passphrase)).toEqual({ ok: false, error: 'unknown-format' });
  });

  test('bundles files with a manifest, and unbundles them', () => {
    const bundle = packBundle({ 'kiosk.db': Buffer.from('db'), 'keys/data.key': Buffer.alloc(32, 7) }, { schemaVersion: 12, createdAt: '2026-11-28T06:00:00.000Z' });
    const opened = unpackBundle(bundle);
    expect(opened.ok && opened.manifest.files).toEqual([
      { name: 'kiosk.db', bytes: 2 },
      { name: 'keys/data.key', bytes: 32 },
    ]);
    expect(opened.ok && opened.files['keys/data.key']?.equals(Buffer.alloc(32, 7))).toBe(true);
    expect(unpackBundle(bundle.subarray(0, bundle.length - 1))).toEqual({ ok: false, error: 'damaged-bundle' });
  });
});
