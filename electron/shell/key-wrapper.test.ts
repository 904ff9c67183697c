import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadOrCreateKeyFile } from '../store/crypto/index.ts';
import type { DataKeyLoad } from '../store/crypto/index.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import type { KeystoreSafeStorage } from './key-wrapper.ts';
import { safeStorageKeyWrapper } from './key-wrapper.ts';

const tempDir = useTempDir();

/** Stands in for Electron safeStorage: strings sealed under a secret only this keystore knows. */
function fakeSafeStorage({ available = true, backend = 'gnome_libsecret' } = {}): KeystoreSafeStorage & { sealed: number } {
  const store = {
    sealed: 0,
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as ReturnType<NonNullable<KeystoreSafeStorage['getSelectedStorageBackend']>>,
    encryptString: (plain: string) => {
      store.sealed += 1;
      return Buffer.from(`v11:${Buffer.from(plain).reverse().toString('hex')}`);
    },
    decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().replace(/^v11:/, ''), 'hex').reverse().toString(),
  };
  return store;
}

function keyOf(load: DataKeyLoad) {
  if (!load.ok) throw new Error(`expected a key, got ${load.error}: ${load.detail}`);
  return load.key;
}

describe('safeStorageKeyWrapper (issue #16.6)', () => {
  test('seals the key files where the keystore is available', () => {
    const path = join(tempDir(), 'keys', 'data.key');
    const safeStorage = fakeSafeStorage();
    const key = keyOf(loadOrCreateKeyFile(path, { wrapper: safeStorageKeyWrapper(safeStorage, 'linux') }));
    expect(safeStorage.sealed).toBe(1);
    expect(readFileSync(path).includes(key.export())).toBe(false);
    expect(keyOf(loadOrCreateKeyFile(path, { wrapper: safeStorageKeyWrapper(safeStorage, 'linux') })).equals(key)).toBe(true);
  });

  test("moves a hall's raw key file to a sealed one, replaced whole, and the same key comes back", () => {
    const dir = join(tempDir(), 'keys');
    const path = join(dir, 'data.key');
    const raw = keyOf(loadOrCreateKeyFile(path));
    expect(readFileSync(path)).toEqual(raw.export());
    const wrapper = safeStorageKeyWrapper(fakeSafeStorage(), 'win32');
    expect(keyOf(loadOrCreateKeyFile(path, { wrapper })).equals(raw)).toBe(true);
    expect(readFileSync(path).includes(raw.export())).toBe(false);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['data.key']);
    expect(keyOf(loadOrCreateKeyFile(path, { wrapper })).equals(raw)).toBe(true);
  });

  test('gives no wrapper where encryption is not available, or only as a password written in Electron', () => {
    expect(safeStorageKeyWrapper(fakeSafeStorage({ available: false }), 'win32')).toBeUndefined();
    expect(safeStorageKeyWrapper(fakeSafeStorage({ backend: 'basic_text' }), 'linux')).toBeUndefined();
    expect(safeStorageKeyWrapper(fakeSafeStorage({ backend: 'kwallet5' }), 'linux')).toBeDefined();
  });

  test('when the keystore stops being available, a clear error and the sealed key file is kept', () => {
    const path = join(tempDir(), 'keys', 'data.key');
    keyOf(loadOrCreateKeyFile(path, { wrapper: safeStorageKeyWrapper(fakeSafeStorage(), 'linux') }));
    const sealedFile = readFileSync(path);
    const load = loadOrCreateKeyFile(path, { wrapper: safeStorageKeyWrapper(fakeSafeStorage({ available: false }), 'linux') });
    expect(load).toMatchObject({ ok: false, error: 'unreadable', detail: expect.stringContaining('keystore, which is not available here') });
    expect(readFileSync(path)).toEqual(sealedFile);
  });
});
