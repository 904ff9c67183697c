import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { KeyWrapper } from '../store/crypto/index.ts';
import { memoryLogger } from '../log.ts';
import { bundledConfigFile, seedsDir } from '../testing/kiosk-files.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { bootKiosk } from './boot.ts';

const tempDir = useTempDir();
const servedAt = { via: 'port', port: 0 } as const;

/** Stands in for Electron safeStorage, as shell/main.ts passes it (shell/key-wrapper.ts). */
const keystore: KeyWrapper = {
  wrap: (key) => Buffer.from(`sealed:${Buffer.from(key).reverse().toString('hex')}`),
  unwrap: (wrapped) => Buffer.from(wrapped.toString().replace(/^sealed:/, ''), 'hex').reverse(),
};

describe('bootKiosk with a keystore (issue #16.6)', () => {
  test('seals the data key and the audit key; without the keystore later, says so and leaves both files as they were', () => {
    const dataDir = join(tempDir(), 'data');
    const paths = { dataDir, configFile: bundledConfigFile, bundledConfigFile, seedsDir, rendererDir: join(dataDir, 'renderer') };
    const sealedBoot = bootKiosk(paths, memoryLogger(), servedAt, { keyWrapper: keystore });
    expect(sealedBoot.dataKey.ok && sealedBoot.audit.key.ok).toBe(true);
    const files = ['data.key', 'audit.key'].map((name) => readFileSync(join(dataDir, 'keys', name)));
    for (const file of files) expect(file.toString('latin1')).toMatch(/^village-kiosk-wrapped-data-key-1\nsealed:/);
    sealedBoot.db.close();

    const log = memoryLogger();
    const plainBoot = bootKiosk(paths, log, servedAt);
    expect(log.lines.map((line) => line.event.id)).toEqual(expect.arrayContaining(['data-key.unavailable', 'audit.key-unavailable']));
    expect(plainBoot.dataKey).toMatchObject({ ok: false, error: 'unreadable' });
    expect(['data.key', 'audit.key'].map((name) => readFileSync(join(dataDir, 'keys', name)))).toEqual(files);
    plainBoot.db.close();
  });
});
