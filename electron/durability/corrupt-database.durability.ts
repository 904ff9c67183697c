import Database from 'better-sqlite3';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { listBackups } from '../store/backup.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { spawnBackend } from './backend-process.ts';
import type { BackendProcess } from './backend-process.ts';
import { mobileNumber, prepareHall, readKioskStore, submitApplication } from './durable-hall.ts';
import { freePort } from './free-port.ts';
import { staffStatus } from './staff-over-http.ts';

const tempDir = useTempDir();
const running: BackendProcess[] = [];
afterEach(async () => {
  for (const backend of running.splice(0)) await backend.kill();
});

/** The county is never up here: every request stays unsynced, as in a hall whose line is down. */
const timing = { requestTimeoutMs: 500, checkIntervalMs: 200, healthIntervalMs: 500, statusPullIntervalMs: 5_000, backoffBaseMs: 100, backoffMaxMs: 1_000 };
const perLife = 5;

async function startBackend(hall: { dataDir: string; configFile: string }) {
  const backend = spawnBackend(hall);
  running.push(backend);
  return { backend, base: await backend.ready };
}

async function submitSome(base: string, from: number): Promise<string[]> {
  const references: string[] = [];
  for (let index = from; index < from + perLife; index += 1) {
    const result = await submitApplication(base, mobileNumber(index));
    if (!result.ok) throw new Error(`the kiosk refused a request: ${result.error}`);
    references.push(result.reference);
  }
  return references;
}

/**
 * Overwrites the middle third of the file's pages, sparing the schema's and the request table's own pages,
 * so the salvage has something to read (with the schema gone, it can only report the backup's time).
 */
function damageMiddlePages(file: string): number {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const spared = new Set(
    db
      .prepare<[], { pageno: number }>("SELECT pageno FROM dbstat WHERE name IN ('sqlite_schema', 'request', 'sqlite_autoindex_request_1')")
      .all()
      .map((row) => row.pageno),
  );
  db.close();
  const bytes = readFileSync(file);
  const pages = bytes.length / pageSize;
  let damaged = 0;
  for (let page = Math.floor(pages / 3); page <= Math.floor((2 * pages) / 3); page += 1) {
    if (page <= 1 || spared.has(page)) continue;
    bytes.fill(0x5a, (page - 1) * pageSize, page * pageSize);
    damaged += 1;
  }
  writeFileSync(file, bytes);
  return damaged;
}

test('a damaged database file is found at start-up, set aside, the latest backup restored, and staff told which requests to check', async () => {
  const started = performance.now();
  const dir = tempDir();
  const hall = prepareHall(dir, `http://127.0.0.1:${await freePort()}`, timing);
  const backups = join(hall.dataDir, 'backups');

  // First life: a backup at start-up, then requests it does not hold.
  const first = await startBackend(hall);
  await expect.poll(() => listBackups(backups).length, { timeout: 10_000 }).toBe(1);
  const beforeBackup = await submitSome(first.base, 0);
  expect(await first.backend.stop()).toBe(0);

  // Second life: its start-up backup holds the first requests; the next ones come after it.
  const second = await startBackend(hall);
  await expect.poll(() => listBackups(backups).length, { timeout: 10_000 }).toBe(2);
  const afterBackup = await submitSome(second.base, perLife);
  expect(await second.backend.stop()).toBe(0);
  const latestBackup = listBackups(backups)[0];

  const damagedPages = damageMiddlePages(join(hall.dataDir, 'kiosk.db'));
  expect(damagedPages).toBeGreaterThan(0);

  // Third life: the integrity check fails, the file is set aside and the backup restored.
  const third = await startBackend(hall);
  const status = await staffStatus(third.base);
  const notice = status.notices.find((each) => each.kind === 'database-restored');
  expect(notice, JSON.stringify(status.notices)).toBeDefined();
  expect(notice?.detail.backupAt).toBe(latestBackup?.at.toISOString());
  expect(notice?.detail.missingReferences?.split(', ').sort()).toEqual([...afterBackup].sort());
  expect(notice?.detail.setAsideAs).toMatch(/kiosk\.db\.corrupt-/);
  expect(readdirSync(hall.dataDir).filter((name) => /^kiosk\.db\.corrupt-.*Z$/.test(name))).toHaveLength(1);
  // The kiosk serves again, on the restored data.
  const next = await submitApplication(third.base, mobileNumber(2 * perLife));
  expect(next.ok).toBe(true);
  expect(await third.backend.stop()).toBe(0);

  const stored = readKioskStore(hall.dataDir).map((request) => request.reference);
  expect(stored).toEqual(expect.arrayContaining(beforeBackup));
  for (const reference of afterBackup) expect(stored).not.toContain(reference);
  console.log(
    `Corrupt database run: ${damagedPages} pages overwritten; restored the backup of ${latestBackup?.at.toISOString()}; ` +
      `${afterBackup.length} later requests named to staff; ${Math.round(performance.now() - started)} ms`,
  );
});
