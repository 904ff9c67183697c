import { describe, expect, test } from 'vitest';
import { hashPin, isBelowCost, recommendedScryptCost, verifyPin } from './pin.ts';

describe('staff PIN hashes', () => {
  test('issue #16.7: a new hash is made at OWASP’s scrypt cost for interactive logins, N=2^17, r=8, p=1', async () => {
    expect(recommendedScryptCost).toEqual({ N: 131072, r: 8, p: 1 });
    const pinHash = await hashPin('246810');
    expect(pinHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPin('246810', pinHash)).toBe(true);
    expect(isBelowCost(pinHash)).toBe(false);
  });

  test('a hash made at the older cost still verifies, with the cost it carries, and is due to be made again', async () => {
    const older = await hashPin('246810', { N: 2 ** 15, r: 8, p: 1 });
    expect(await verifyPin('246810', older)).toBe(true);
    expect(await verifyPin('246811', older)).toBe(false);
    expect(isBelowCost(older)).toBe(true);
  });

  test('a malformed hash matches nothing', async () => {
    expect(await verifyPin('246810', 'scrypt$16384$8$1$')).toBe(false);
    expect(await verifyPin('246810', 'bcrypt$x')).toBe(false);
  });
});
