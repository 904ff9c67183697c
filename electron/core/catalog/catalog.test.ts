import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../store/open.ts';
import { demoConfig, productServices, seedsDir } from '../../testing/kiosk-files.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { listCatalog, loadCatalogIntoStore, readSeedDirectory } from './catalog.ts';
import { seedTexts } from './texts.ts';

const tempDir = useTempDir();

const requiredServices = productServices;

describe('the shipped seeds', () => {
  const { seeds, problems } = readSeedDirectory(seedsDir);

  test('are all valid, one file per service', () => {
    expect(problems).toEqual([]);
    expect(readdirSync(seedsDir).filter((name) => name.endsWith('.json'))).toHaveLength(seeds.length);
    expect(seeds.map((seed) => seed.id).sort()).toEqual([...requiredServices].sort());
  });

  test('carry a source, an effective date and a sign-off field; demo content has an empty sign-off', () => {
    for (const seed of seeds) {
      expect(seed.source.length, seed.id).toBeGreaterThan(0);
      expect(seed.effectiveDate, seed.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof seed.reviewedBy, seed.id).toBe('string');
    }
  });

  test('have stable text ids that are unique across the catalog', () => {
    const ids = seeds.flatMap((seed) => seedTexts(seed).map((text) => text.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('service.high-age-allowance.name');
  });

  test('are all switched on in the demo hall', () => {
    const config = demoConfig() as { services: { enabled: string[] } };
    expect([...config.services.enabled].sort()).toEqual([...requiredServices].sort());
  });
});

describe('loading seeds into the store', () => {
  function freshStore() {
    return openStore(join(tempDir(), 'kiosk.db')).db;
  }

  test('is idempotent: a second start writes nothing', () => {
    const db = freshStore();
    const { seeds } = readSeedDirectory(seedsDir);
    expect(loadCatalogIntoStore(db, seeds).written).toHaveLength(seeds.length);
    expect(loadCatalogIntoStore(db, seeds).written).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM service').get()).toEqual({ n: seeds.length });
  });

  test('takes a newer version and never goes back to an older one', () => {
    const db = freshStore();
    const [seed] = readSeedDirectory(seedsDir).seeds;
    if (!seed) throw new Error('no seeds');
    loadCatalogIntoStore(db, [seed]);
    const newer = { ...seed, version: seed.version + 1, name: { ...seed.name, en: 'Renamed' } };
    expect(loadCatalogIntoStore(db, [newer]).written).toEqual([seed.id]);
    expect(loadCatalogIntoStore(db, [seed]).written).toEqual([]);
    expect(listCatalog(db, [seed.id])[0]?.name.en).toBe('Renamed');
  });

  test('lists only enabled services, in home-screen order', () => {
    const db = freshStore();
    loadCatalogIntoStore(db, readSeedDirectory(seedsDir).seeds);
    const listed = listCatalog(db, ['policy-consultation', 'queue-ticket', 'high-age-allowance']);
    expect(listed.map((seed) => seed.id)).toEqual(['queue-ticket', 'high-age-allowance', 'policy-consultation']);
  });

  test('leaves out an invalid or misnamed seed file and says why', () => {
    const dir = tempDir();
    cpSync(join(seedsDir, 'queue-ticket.json'), join(dir, 'queue-ticket.json'));
    cpSync(join(seedsDir, 'home-visit.json'), join(dir, 'visit.json'));
    writeFileSync(join(dir, 'broken.json'), '{ "id": "broken" }');
    const { seeds, problems } = readSeedDirectory(dir);
    expect(seeds.map((seed) => seed.id)).toEqual(['queue-ticket']);
    expect(problems.map((problem) => problem.file)).toEqual(['broken.json', 'visit.json']);
    expect(problems[1]?.detail).toContain('home-visit.json');
  });
});
