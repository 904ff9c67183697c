import type { SafeStorage } from 'electron';
import type { KeyWrapper } from '../store/crypto/index.ts';

/** The part of Electron's safeStorage the key files use: passed in, so plain Node and the tests never load Electron. */
export type KeystoreSafeStorage = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

/**
 * Issue #16.6: the wrapper that seals the data key and the audit key with the operating system's keystore
 * (DPAPI on Windows, the Keychain on macOS, the Secret Service or KWallet on Linux), or none where it is
 * not available, so the key files stay raw and owner-only as before. Linux's `basic_text` store seals with
 * a password written in Electron itself, which adds nothing to an owner-only file, so it counts as none.
 * The keys are 32 random bytes; safeStorage seals strings, so they go through base64.
 */
export function safeStorageKeyWrapper(safeStorage: KeystoreSafeStorage, platform: NodeJS.Platform = process.platform): KeyWrapper | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return undefined;
  return {
    wrap: (key) => safeStorage.encryptString(key.toString('base64')),
    unwrap: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'base64'),
  };
}
