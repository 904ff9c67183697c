import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { submitApplication } from '../electron/core/applications/submit.ts';
import { loadCatalogIntoStore, readSeedDirectory } from '../electron/core/catalog/catalog.ts';
import { loadOrCreateDataKey } from '../electron/store/crypto/index.ts';
import { openStore } from '../electron/store/open.ts';
import { highAgeAllowanceAnswers } from '../electron/testing/kiosk-files.ts';
import type { FigureSet } from './figure.ts';
import type { BenchPlan } from './plan.ts';
import { summarise } from './statistics.ts';

/**
 * SQLite write latency: single submitApplication calls (answers checked, personal fields sealed, the
 * request and its outbox row in one transaction) against a real store file, opened as the kiosk opens
 * it (WAL, synchronous=FULL: every commit waits for the disk).
 */
export function measureSqliteLatency(root: string, plan: BenchPlan): FigureSet {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-bench-store-'));
  const { db } = openStore(join(dir, 'kiosk.db'));
  try {
    const { seeds } = readSeedDirectory(join(root, 'seeds'));
    loadCatalogIntoStore(db, seeds);
    const seed = seeds.find((each) => each.id === 'high-age-allowance');
    const key = loadOrCreateDataKey(join(dir, 'keys', 'data.key'));
    if (!seed || !key.ok) throw new Error('no high-age allowance seed, or no data key');
    const latencies: number[] = [];
    for (let write = 0; write < plan.sqliteWrites; write += 1) {
      const started = performance.now();
      const result = submitApplication(db, key.key, seed, highAgeAllowanceAnswers);
      latencies.push(performance.now() - started);
      if (!result.ok) throw new Error(`submitApplication refused the bench's answers: ${result.error}`);
    }
    return {
      figures: [{ id: 'sqliteWriteLatency', label: 'SQLite write: one application saved (FULL sync, WAL)', unit: 'ms', summary: summarise(latencies) }],
      details: { journalMode: db.pragma('journal_mode', { simple: true }), synchronous: db.pragma('synchronous', { simple: true }) },
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
