import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, test } from 'vitest';
import { startCountyReceiver } from '../county/county-server.ts';
import type { Fault } from '../county/faults.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { spawnBackend } from './backend-process.ts';
import { mobileNumber, prepareHall, readKioskStore, submitApplication } from './durable-hall.ts';
import { freePort } from './free-port.ts';

const tempDir = useTempDir();
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const timing = { requestTimeoutMs: 500, checkIntervalMs: 100, healthIntervalMs: 200, statusPullIntervalMs: 1_000, backoffBaseMs: 100, backoffMaxMs: 1_000 };
const retryAfterSeconds = 1;
/** The county's bad spell: a server error, then too many requests with Retry-After, then a hang past the kiosk's timeout. */
const badSpell: Fault[] = [{ kind: 'status', status: 500 }, { kind: 'status', status: 429, retryAfter: String(retryAfterSeconds) }, { kind: 'hang' }];
const half = 100;

async function submitMany(base: string, from: number, count: number, acknowledged: Map<string, string>): Promise<void> {
  let next = from;
  await Promise.all(
    Array.from({ length: 2 }, async () => {
      while (next < from + count) {
        const mobile = mobileNumber(next);
        next += 1;
        const result = await submitApplication(base, mobile);
        if (!result.ok) throw new Error(`the kiosk refused a request: ${result.error}`);
        acknowledged.set(result.reference, mobile);
      }
    }),
  );
}

test('with the county down for the first half and flaky after, everything arrives exactly once, with bounded attempts and backoff', async () => {
  const dir = tempDir();
  const port = await freePort();
  const hall = prepareHall(dir, `http://127.0.0.1:${port}`, timing);
  const backend = spawnBackend(hall);
  cleanups.push(() => backend.kill());
  const base = await backend.ready;
  const acknowledged = new Map<string, string>();

  // The county is down: every request is kept, and none is even attempted, since the health probe fails.
  await submitMany(base, 0, half, acknowledged);
  await sleep(5 * timing.healthIntervalMs);
  const whileDown = readKioskStore(hall.dataDir);
  expect(whileDown).toHaveLength(half);
  expect(whileDown.every((request) => request.state === 'pending' && request.attempts === 0)).toBe(true);

  // It comes back flaky: a bad spell at once, and another half way through the second half.
  const county = await startCountyReceiver({ dir: join(dir, 'county'), port, keys: hall.keys, hangMs: 10_000 });
  cleanups.push(county.stop);
  county.faults.replace(badSpell);
  await submitMany(base, half, half / 2, acknowledged);
  // The second spell comes once the county has taken a request after the first.
  await expect.poll(() => county.faults.waiting === 0 && county.store.deliveries().at(-1)?.outcome === 'stored', { timeout: 60_000 }).toBe(true);
  county.faults.replace(badSpell);
  await submitMany(base, half + half / 2, half / 2, acknowledged);

  await expect.poll(() => readKioskStore(hall.dataDir).every((request) => request.state === 'sent'), { timeout: 90_000, interval: 200 }).toBe(true);
  expect(await backend.stop()).toBe(0);

  const stored = readKioskStore(hall.dataDir);
  const received = county.store.received();
  const deliveries = county.store.deliveries();
  const outcomes = deliveries.map((delivery) => delivery.outcome);
  const count = (outcome: string) => outcomes.filter((each) => each === outcome).length;

  // Exactly once: every acknowledged request is stored once and the county holds each once, with the resident's answer.
  expect(acknowledged.size).toBe(2 * half);
  expect(stored.map((request) => [request.reference, request.mobile]).sort()).toEqual([...acknowledged].sort());
  expect(received.map((request) => [request.reference, request.request.answers.contactMobile]).sort()).toEqual([...acknowledged].sort());
  expect(count('stored')).toBe(2 * half);
  expect([count('fault:500'), count('fault:429'), count('fault:hang')]).toEqual([2, 2, 2]);
  expect(outcomes.filter((outcome) => !['stored', 'replayed', 'fault:500', 'fault:429', 'fault:hang'].includes(outcome))).toEqual([]);

  // Bounded attempts: each attempt the kiosk counted reached the county, and only the faults cost extra ones.
  const attempts = stored.map((request) => request.attempts);
  expect(attempts.reduce((sum, each) => sum + each, 0)).toBe(deliveries.length);
  expect(deliveries.length).toBe(2 * half + 6 + count('replayed'));
  expect(Math.max(...attempts)).toBeLessThanOrEqual(1 + badSpell.length);

  // Bounded backoff: after a 429 the kiosk waited out Retry-After; after a hang, its timeout; and never past the cap.
  const at = deliveries.map((delivery) => Date.parse(delivery.at));
  const gapsAfter = (outcome: string) => deliveries.flatMap((delivery, index) => (delivery.outcome === outcome && index + 1 < at.length ? [(at[index + 1] ?? 0) - (at[index] ?? 0)] : []));
  const slackMs = 2_000;
  for (const gap of gapsAfter('fault:429')) expect(gap).toBeGreaterThanOrEqual(retryAfterSeconds * 1000);
  for (const gap of gapsAfter('fault:hang')) expect(gap).toBeGreaterThanOrEqual(timing.requestTimeoutMs);
  for (const gap of [...gapsAfter('fault:500'), ...gapsAfter('fault:429'), ...gapsAfter('fault:hang')]) {
    expect(gap).toBeLessThanOrEqual(Math.max(retryAfterSeconds * 1000, timing.backoffMaxMs) + timing.requestTimeoutMs + timing.healthIntervalMs + slackMs);
  }

  console.log(
    `County outage run: ${acknowledged.size} acknowledged (${half} while the county was down), ${stored.length} stored, ` +
      `${received.length} delivered exactly once; ${deliveries.length} attempts in all (6 faults, ${count('replayed')} replays), ` +
      `at most ${Math.max(...attempts)} for one request; waits after 500/429/hang: ${[...gapsAfter('fault:500'), ...gapsAfter('fault:429'), ...gapsAfter('fault:hang')].join('/')} ms`,
  );
});
