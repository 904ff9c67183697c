import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../../testing/temp-dir.ts';
import type { DataKeyLoad, KeyWrapper } from './data-key.ts';
import { loadOrCreateDataKey } from './data-key.ts';
import { decryptField, encryptField, fieldContext } from './field-encryption.ts';

const tempDir = useTempDir();

function keyOf(load: DataKeyLoad) {
  if (!load.ok) throw new Error(`expected a key, got ${load.error}: ${load.detail}`);
  return load.key;
}

/** Stands in for Electron safeStorage: a reversible seal whose output never contains the raw key. */
const fakeKeystore: KeyWrapper = {
  wrap: (key) => Buffer.from(`sealed:${Buffer.from(key).reverse().toString('hex')}`),
  unwrap: (wrapped) => Buffer.from(wrapped.toString().replace(/^sealed:/, ''), 'hex').reverse(),
};

describe('loadOrCreateDataKey', () => {
  test('makes a 32-byte key on first start, readable by its owner only, in a private new folder', () => {
    const dir = join(tempDir(), 'data');
    const path = join(dir, 'data.key');
    const key = keyOf(loadOrCreateDataKey(path));
    expect(key.symmetricKeySize).toBe(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readFileSync(path)).toEqual(key.export());
    expect(readdirSync(dir)).toEqual(['data.key']);
  });

  test('uses the same key on every later start', () => {
    const path = join(tempDir(), 'data.key');
    const first = keyOf(loadOrCreateDataKey(path));
    const second = keyOf(loadOrCreateDataKey(path));
    expect(second.equals(first)).toBe(true);
  });

  test('refuses a key file that other users can read, and leaves it as it was', () => {
    const path = join(tempDir(), 'data.key');
    keyOf(loadOrCreateDataKey(path));
    chmodSync(path, 0o644);
    const load = loadOrCreateDataKey(path);
    expect(load).toMatchObject({ ok: false, error: 'too-open' });
    expect(load.ok ? '' : load.detail).toContain('chmod 600');
    expect(statSync(path).mode & 0o777).toBe(0o644);
  });

  test('does not check POSIX permission bits on Windows, where they mean nothing', () => {
    const path = join(tempDir(), 'data.key');
    writeFileSync(path, Buffer.alloc(32, 7), { mode: 0o666 });
    chmodSync(path, 0o666);
    expect(keyOf(loadOrCreateDataKey(path, { platform: 'win32' })).export()).toEqual(Buffer.alloc(32, 7));
  });

  test.each([0, 16, 31, 33, 64])('rejects a %i-byte key file and never replaces it', (length) => {
    const path = join(tempDir(), 'data.key');
    writeFileSync(path, Buffer.alloc(length, 1), { mode: 0o600 });
    expect(loadOrCreateDataKey(path)).toMatchObject({ ok: false, error: 'wrong-length' });
    expect(readFileSync(path)).toHaveLength(length);
  });

  test('reports a key path that is not a file as unreadable', () => {
    const path = join(tempDir(), 'data.key');
    mkdirSync(path, { mode: 0o700 });
    expect(loadOrCreateDataKey(path)).toMatchObject({ ok: false, error: 'unreadable' });
  });

  describe('with a keystore wrapper (Electron safeStorage)', () => {
    test('seals a new key in the file and unseals it on the next start', () => {
      const path = join(tempDir(), 'data.key');
      const key = keyOf(loadOrCreateDataKey(path, { wrapper: fakeKeystore }));
      const onDisk = readFileSync(path);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(onDisk.includes(key.export())).toBe(false);
      expect(keyOf(loadOrCreateDataKey(path, { wrapper: fakeKeystore })).equals(key)).toBe(true);
    });

    test('still reads a raw key file made before the keystore was available', () => {
      const path = join(tempDir(), 'data.key');
      const raw = keyOf(loadOrCreateDataKey(path));
      expect(keyOf(loadOrCreateDataKey(path, { wrapper: fakeKeystore })).equals(raw)).toBe(true);
    });

    test('issue #16.6: seals a raw key file in place, so the raw key no longer sits on disk and sealed data still opens', () => {
      const dir = join(tempDir(), 'keys');
      const path = join(dir, 'data.key');
      const key = keyOf(loadOrCreateDataKey(path));
      const sealedField = encryptField(key, 'Shanxi, Lvliang, 12 Willow Lane', fieldContext('request', 'answers', 'R-1'));
      const reopened = keyOf(loadOrCreateDataKey(path, { wrapper: fakeKeystore }));
      const onDisk = readFileSync(path);
      expect(onDisk.includes(key.export())).toBe(false);
      expect(onDisk.toString('ascii', 0, 32)).toBe('village-kiosk-wrapped-data-key-1');
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(readdirSync(dir)).toEqual(['data.key']);
      expect(decryptField(reopened, sealedField, fieldContext('request', 'answers', 'R-1'))).toEqual({ ok: true, plaintext: 'Shanxi, Lvliang, 12 Willow Lane' });
      // The next start reads the sealed file with the keystore, and cannot without it.
      expect(keyOf(loadOrCreateDataKey(path, { wrapper: fakeKeystore })).equals(key)).toBe(true);
      expect(loadOrCreateDataKey(path)).toMatchObject({ ok: false, error: 'unreadable' });
    });

    test('a keystore that cannot seal leaves the raw key file as it was, and the kiosk runs on it', () => {
      const path = join(tempDir(), 'data.key');
      const key = keyOf(loadOrCreateDataKey(path));
      const before = readFileSync(path);
      const failing: KeyWrapper = {
        wrap: () => {
          throw new Error('Encryption is not available.');
        },
        unwrap: fakeKeystore.unwrap,
      };
      const load = loadOrCreateDataKey(path, { wrapper: failing });
      expect(keyOf(load).equals(key)).toBe(true);
      expect(load).toMatchObject({ resealFailed: expect.stringContaining('Encryption is not available.') });
      expect(readFileSync(path)).toEqual(before);
      expect(readdirSync(dirname(path))).toEqual(['data.key']);
    });

    test('a keystore that gives back another key than it sealed never replaces the raw key file', () => {
      const path = join(tempDir(), 'data.key');
      keyOf(loadOrCreateDataKey(path));
      const before = readFileSync(path);
      const forgetful: KeyWrapper = { wrap: fakeKeystore.wrap, unwrap: () => Buffer.alloc(32) };
      expect(loadOrCreateDataKey(path, { wrapper: forgetful })).toMatchObject({ ok: true, resealFailed: expect.stringContaining('does not give back') });
      expect(readFileSync(path)).toEqual(before);
    });

    test('issue #16.6: when the keystore is no longer available, a clear error, and the sealed file is kept as it was', () => {
      const path = join(tempDir(), 'data.key');
      keyOf(loadOrCreateDataKey(path, { wrapper: fakeKeystore }));
      const before = readFileSync(path);
      const load = loadOrCreateDataKey(path);
      expect(load).toMatchObject({ ok: false, error: 'unreadable' });
      expect(load.ok ? '' : load.detail).toContain('sealed by the Electron kiosk\'s keystore, which is not available here');
      expect(readFileSync(path)).toEqual(before);
      expect(readdirSync(dirname(path))).toEqual(['data.key']);
    });

    test('a sealed key file cannot be opened without the keystore', () => {
      const path = join(tempDir(), 'data.key');
      keyOf(loadOrCreateDataKey(path, { wrapper: fakeKeystore }));
      expect(loadOrCreateDataKey(path)).toMatchObject({ ok: false, error: 'unreadable' });
    });

    test('a keystore that fails to unseal is reported, not thrown', () => {
      const path = join(tempDir(), 'data.key');
      keyOf(loadOrCreateDataKey(path, { wrapper: fakeKeystore }));
      const broken: KeyWrapper = {
        unwrap: () => {
          throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
        },
      };
      const load = loadOrCreateDataKey(path, { wrapper: broken });
      expect(load).toMatchObject({ ok: false, error: 'unreadable' });
      expect(load.ok ? '' : load.detail).toContain('safeStorage.decryptString');
    });

    test('an unsealed key of the wrong length is rejected', () => {
      const path = join(tempDir(), 'data.key');
      keyOf(loadOrCreateDataKey(path, { wrapper: fakeKeystore }));
      const short: KeyWrapper = { unwrap: () => Buffer.alloc(16) };
      expect(loadOrCreateDataKey(path, { wrapper: short })).toMatchObject({ ok: false, error: 'wrong-length' });
    });
  });
});
