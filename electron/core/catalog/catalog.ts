import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KioskDatabase } from '../../store/open.ts';
import { z } from 'zod';
import { ServiceSeed } from './seed.ts';

export interface SeedProblem {
  file: string;
  detail: string;
}

/** Reads every seeds/*.json. An invalid file is left out and reported, never fatal. */
export function readSeedDirectory(dir: string): { seeds: ServiceSeed[]; problems: SeedProblem[] } {
  const seeds: ServiceSeed[] = [];
  const problems: SeedProblem[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push({ file, detail: (error as Error).message });
      continue;
    }
    const parsed = ServiceSeed.safeParse(data);
    if (!parsed.success) {
      problems.push({ file, detail: z.prettifyError(parsed.error) });
    } else if (`${parsed.data.id}.json` !== file) {
      problems.push({ file, detail: `the file must be named ${parsed.data.id}.json` });
    } else {
      seeds.push(parsed.data);
    }
  }
  return { seeds, problems };
}

/**
 * Loads seeds into the store. Idempotent: a seed is written only when its version is newer than the
 * stored one, so restarting changes nothing and an older copy never replaces newer content.
 */
export function loadCatalogIntoStore(db: KioskDatabase, seeds: readonly ServiceSeed[], now = new Date()): { written: string[] } {
  const storedVersion = db.prepare<[string], { version: number }>('SELECT version FROM service WHERE id = ?');
  const upsert = db.prepare(
    `INSERT INTO service (id, version, position, content, loaded_at) VALUES (@id, @version, @position, @content, @loadedAt)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, position = excluded.position,
       content = excluded.content, loaded_at = excluded.loaded_at`,
  );
  const written: string[] = [];
  db.transaction(() => {
    for (const seed of seeds) {
      const stored = storedVersion.get(seed.id);
      if (stored && stored.version >= seed.version) continue;
      upsert.run({ id: seed.id, version: seed.version, position: seed.order, content: JSON.stringify(seed), loadedAt: now.toISOString() });
      written.push(seed.id);
    }
  })();
  return { written };
}

/** The enabled services, in home-screen order. */
/** Parsed seeds by their stored text: each submission reads the catalog, and parsing it costs ~75 ms. */
const parsedSeeds = new Map<string, ServiceSeed>();

function parseStoredSeed(content: string): ServiceSeed {
  let seed = parsedSeeds.get(content);
  if (!seed) {
    seed = ServiceSeed.parse(JSON.parse(content));
    parsedSeeds.set(content, seed);
  }
  return seed;
}

export function listCatalog(db: KioskDatabase, enabled: readonly string[]): ServiceSeed[] {
  const wanted = new Set(enabled);
  return storedServices(db).filter((row) => wanted.has(row.id)).map((row) => parseStoredSeed(row.content));
}

/** Every service the store holds, switched on or not: a switched-off service may still have bookings to keep. */
export function listStoredCatalog(db: KioskDatabase): ServiceSeed[] {
  return storedServices(db).map((row) => parseStoredSeed(row.content));
}

function storedServices(db: KioskDatabase): { id: string; content: string }[] {
  return db.prepare<[], { id: string; content: string }>('SELECT id, content FROM service ORDER BY position, id').all();
}
