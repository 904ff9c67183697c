import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, test } from 'vitest';
import { startCountyReceiver } from '../county/county-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { spawnBackend } from './backend-process.ts';
import type { BackendProcess } from './backend-process.ts';
import { mobileNumber, prepareHall, readKioskStore, submitApplication } from './durable-hall.ts';
import { freePort } from './free-port.ts';
import { seededRandom } from './seeded-random.ts';

const tempDir = useTempDir();
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const seed = Number(process.env.DURABILITY_SEED ?? Date.now() % 2 ** 31);
const random = seededRandom(seed);
const requestsToAcknowledge = 200;
const residentsAtOnce = 4;

test(`requests acknowledged while the backend is SIGKILLed at random are stored once and reach the county once (seed ${seed})`, async () => {
  const dir = tempDir();
  const port = await freePort();
  const hall = prepareHall(dir, `http://127.0.0.1:${port}`, {
    requestTimeoutMs: 1_000,
    checkIntervalMs: 100,
    healthIntervalMs: 200,
    statusPullIntervalMs: 1_000,
    backoffBaseMs: 50,
    backoffMaxMs: 400,
  });
  // The county is up throughout, so kills also land between the county storing a request and the kiosk noting it.
  const county = await startCountyReceiver({ dir: join(dir, 'county'), port, keys: hall.keys });
  cleanups.push(county.stop);

  const acknowledged = new Map<string, string>();
  let submissions = 0;
  let unanswered = 0;
  let kills = 0;
  let killsDuringStartUp = 0;
  let backend: BackendProcess | undefined;
  cleanups.push(async () => backend?.kill());

  while (acknowledged.size < requestsToAcknowledge) {
    backend = spawnBackend(hall);
    const life = backend;
    if (random() < 0.2) {
      // Killed while opening the database, migrating, loading the catalog or just listening.
      await Promise.race([sleep(random() * 1_500), life.ready.catch(() => undefined)]);
      await life.kill();
      kills += 1;
      killsDuringStartUp += 1;
      continue;
    }
    const base = await life.ready;
    // Killed after a random number of answers and a random moment more, so kills land mid-request
    // and mid-send however fast or slow the machine is.
    const answersThisLife = 5 + Math.floor(random() * 30);
    const extraMs = random() * 150;
    let answered = 0;
    let killed = false;
    let inFlight = 0;
    let enough: () => void = () => undefined;
    const enoughAnswers = new Promise<void>((resolveEnough) => (enough = resolveEnough));
    const residentsDone = Promise.all(
      Array.from({ length: residentsAtOnce }, async () => {
        while (!killed && acknowledged.size + inFlight < requestsToAcknowledge) {
          inFlight += 1;
          const mobile = mobileNumber(submissions);
          submissions += 1;
          const result = await submitApplication(base, mobile);
          inFlight -= 1;
          if (result.ok) {
            acknowledged.set(result.reference, mobile);
            answered += 1;
            if (answered >= answersThisLife) enough();
          } else {
            unanswered += 1;
          }
        }
      }),
    );
    const outcome = await Promise.race([residentsDone.then(() => 'all-answered' as const), enoughAnswers.then(() => 'kill' as const)]);
    if (outcome === 'kill') {
      await sleep(extraMs);
      killed = true;
      await life.kill();
      kills += 1;
    }
    await residentsDone;
  }

  // The last backend (or a fresh one, if the last was killed) sends whatever is left.
  if (backend?.child.exitCode !== null || backend.child.signalCode !== null) {
    backend = spawnBackend(hall);
    await backend.ready;
  }
  await expect.poll(() => readKioskStore(hall.dataDir).every((request) => request.state === 'sent'), { timeout: 90_000, interval: 200 }).toBe(true);
  expect(await backend.stop()).toBe(0);

  const stored = readKioskStore(hall.dataDir);
  const storedByReference = new Map(stored.map((request) => [request.reference, request]));
  expect(acknowledged.size).toBe(requestsToAcknowledge);
  for (const [reference, mobile] of acknowledged) {
    expect(storedByReference.get(reference), reference).toMatchObject({ mobile, outboxRows: 1, state: 'sent' });
  }
  for (const request of stored) expect(request.outboxRows, request.reference).toBe(1);

  const received = county.store.received();
  const outcomes = county.store.deliveries().map((delivery) => delivery.outcome);
  expect(new Set(received.map((request) => request.reference)).size).toBe(received.length);
  expect(received.map((request) => [request.reference, request.request.answers.contactMobile]).sort()).toEqual(
    stored.map((request) => [request.reference, request.mobile]).sort(),
  );
  expect(outcomes.filter((outcome) => outcome === 'stored')).toHaveLength(stored.length);
  expect(outcomes.filter((outcome) => outcome !== 'stored' && outcome !== 'replayed')).toEqual([]);
  expect(kills).toBeGreaterThanOrEqual(5);

  console.log(
    `SIGKILL run (seed ${seed}): ${kills} SIGKILLs survived (${killsDuringStartUp} during start-up); ` +
      `${submissions} submissions, ${acknowledged.size} acknowledged, ${unanswered} cut off unanswered; ` +
      `${stored.length} stored (${stored.length - acknowledged.size} of them without an answer reaching the client); ` +
      `${received.length} delivered to the county exactly once, ${outcomes.filter((outcome) => outcome === 'replayed').length} resends answered as replays`,
  );
});
