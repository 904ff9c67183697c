import { createSecretKey, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HallKey } from './county-app.ts';

/** The hall the tests sync, and the key id its shared key is known by. */
export const testHallId = 'test-hall';
export const testKeyId = 'test-hall-key';

/**
 * A fresh key shared between a test hall and the reference receiver: written owner-only as
 * `county.key` in the kiosk's data directory, as a hall would install it (docs/county-sync.md).
 */
export function shareTestKey(kioskDataDir: string): { keys: ReadonlyMap<string, HallKey>; keyFile: string } {
  const hex = randomBytes(32).toString('hex');
  const keyFile = join(kioskDataDir, 'county.key');
  writeFileSync(keyFile, `${hex}\n`, { mode: 0o600 });
  return { keys: new Map([[testKeyId, { hallId: testHallId, key: createSecretKey(Buffer.from(hex, 'hex')) }]]), keyFile };
}
