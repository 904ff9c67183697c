import { describe, expect, test } from 'vitest';
import { ServiceSeed } from '../catalog/seed.ts';
import { shippedSeeds } from '../../testing/kiosk-files.ts';

const seeds = shippedSeeds();

describe('home-visit services in the catalog', () => {
  test('the shipped home-visit service books home visits, and no other service does', () => {
    expect(seeds.filter((seed) => seed.homeVisits).map((seed) => seed.id)).toEqual(['home-visit']);
  });

  test('only an appointment with a form can book home visits', () => {
    const queue = seeds.find((seed) => seed.id === 'queue-ticket');
    const result = ServiceSeed.safeParse({ ...queue, homeVisits: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain('only an appointment with a form can book home visits');
  });
});
