import { describe, expect, test } from 'vitest';
import { ServiceSeed } from '../catalog/seed.ts';
import { shippedSeeds } from '../../testing/kiosk-files.ts';

const seeds = shippedSeeds();

describe('sealed services in the catalog', () => {
  test('the shipped appeals service is sealed, and no other service is', () => {
    expect(seeds.filter((seed) => seed.sealed).map((seed) => seed.id)).toEqual(['appeals-feedback']);
  });

  test('only an appeal with a form can be sealed', () => {
    const queue = seeds.find((seed) => seed.id === 'queue-ticket');
    const result = ServiceSeed.safeParse({ ...queue, sealed: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain('only an appeal with a form can be sealed');
  });
});
