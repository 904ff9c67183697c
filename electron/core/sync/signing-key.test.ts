import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../../testing/temp-dir.ts';
import { loadSigningKey } from './signing-key.ts';

const tempDir = useTempDir();
const hex = 'ab'.repeat(32);

describe('loadSigningKey', () => {
  test('reads a hex key file relative to the data directory', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'county.key'), `${hex}\n`, { mode: 0o600 });
    const loaded = loadSigningKey({ file: 'county.key' }, { dataDir, platform: 'linux' });
    if (!loaded.ok) throw new Error(loaded.detail);
    expect(loaded.key.export().toString('hex')).toBe(hex);
  });

  test('refuses a key file other users can read', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'county.key'), hex);
    chmodSync(join(dataDir, 'county.key'), 0o644);
    expect(loadSigningKey({ file: 'county.key' }, { dataDir, platform: 'linux' })).toMatchObject({ ok: false, error: 'too-open' });
  });

  test('refuses a missing file, a short key, and text that is not hex', () => {
    const dataDir = tempDir();
    expect(loadSigningKey({ file: 'county.key' }, { dataDir })).toMatchObject({ ok: false, error: 'missing' });
    expect(loadSigningKey({ env: 'KEY' }, { dataDir, env: { KEY: 'ab'.repeat(16) } })).toMatchObject({ ok: false, error: 'not-a-key' });
    expect(loadSigningKey({ env: 'KEY' }, { dataDir, env: { KEY: 'zz'.repeat(32) } })).toMatchObject({ ok: false, error: 'not-a-key' });
  });

  test('reads the key from an environment variable', () => {
    expect(loadSigningKey({ env: 'KIOSK_COUNTY_KEY' }, { dataDir: tempDir(), env: { KIOSK_COUNTY_KEY: hex } }).ok).toBe(true);
    expect(loadSigningKey({ env: 'KIOSK_COUNTY_KEY' }, { dataDir: tempDir(), env: {} })).toMatchObject({ ok: false, error: 'missing' });
  });
});
