import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startCountyReceiver } from '../../county/county-server.ts';
import { shareTestKey, testHallId, testKeyId } from '../../county/test-hall.ts';
import { memoryLogger } from '../../log.ts';
import { loadOrCreateDataKey } from '../../store/crypto/index.ts';
import { openStore } from '../../store/open.ts';
import { highAgeAllowanceAnswers, shippedSeeds } from '../../testing/kiosk-files.ts';
import { auditTrailOf } from '../../testing/audit-trail.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { appendAudit } from '../audit/index.ts';
import { events } from '../../events.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { submitApplication } from '../applications/submit.ts';
import { SyncConfig } from './sync-config.ts';
import { createSyncWorker } from './sync-worker.ts';

const tempDir = useTempDir();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const highAge = shippedSeeds().find((seed) => seed.id === 'high-age-allowance');
if (!highAge) throw new Error('the high-age allowance seed is missing');

/** A hall with its own database and data key, a reference receiver, and a worker on a clock the test moves. */
async function hall({ receiverUp = true, endpoint }: { receiverUp?: boolean; endpoint?: string } = {}) {
  const dir = tempDir();
  const { db } = openStore(join(dir, 'kiosk.db'));
  cleanups.push(() => void db.close());
  const dataKey = loadOrCreateDataKey(join(dir, 'keys', 'data.key'));
  if (!dataKey.ok) throw new Error(dataKey.detail);
  const { keys } = shareTestKey(dir);
  const county = await startCountyReceiver({ dir: join(dir, 'county'), port: 0, keys, hangMs: 5_000 });
  cleanups.push(() => county.stop());
  // A receiver that is down: its port, with nothing listening.
  if (!receiverUp) await county.stop();

  const clock = { offsetMs: 0 };
  const now = () => new Date(Date.now() + clock.offsetMs);
  let config: SyncConfig | undefined = SyncConfig.parse({
    enabled: true,
    endpoint: endpoint ?? county.url,
    hallId: testHallId,
    keyId: testKeyId,
    signingKey: { file: 'county.key' },
    requestTimeoutMs: 300,
    backoffBaseMs: 1_000,
    backoffMaxMs: 8_000,
  });
  const log = memoryLogger();
  const changes = { count: 0 };
  const audit = auditTrailOf(db);
  const worker = createSyncWorker(
    { db, dataKey, dataDir: dir, log, syncConfig: () => config, onChange: () => (changes.count += 1), latestAuditCheckpoint: () => audit.checkpointed },
    { now, random: () => 0.5 },
  );
  cleanups.push(() => worker.stop());

  function submit(mobile = '13812345678'): string {
    if (!dataKey.ok || !highAge) throw new Error('unreachable');
    const result = submitApplication(db, dataKey.key, highAge, { ...highAgeAllowanceAnswers, contactMobile: mobile }, now());
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.reference;
  }
  const outbox = (reference: string) =>
    db.prepare('SELECT state, attempts, next_attempt_at AS nextAttemptAt, last_error AS lastError FROM outbox WHERE request_reference = ?').get(reference) as {
      state: string;
      attempts: number;
      nextAttemptAt: string | null;
      lastError: string | null;
    };
  const setConfig = (change: Partial<SyncConfig> | undefined) => {
    config = change && config ? { ...config, ...change } : undefined;
  };
  return { db, county, worker, log, clock, now, submit, outbox, setConfig, changes, audit };
}

describe('the sync worker', () => {
  test("issue #16.3: sends the county the audit log's newest checkpoint when it has moved, once", async () => {
    const { county, worker, audit } = await hall();
    await worker.runRound();
    expect(county.store.auditCheckpoints(testHallId)).toEqual([{ hallId: testHallId, ...audit.checkpointed }]);
    appendAudit(audit, events.queueCall, { number: 'A001', windowId: 'window-1' }, 'demo-admin');
    await worker.runRound();
    await worker.runRound();
    expect(county.store.auditCheckpoints(testHallId).map((checkpoint) => checkpoint.rows)).toEqual([0, 1]);
    expect(county.store.auditCheckpoints(testHallId)[1]).toEqual({ hallId: testHallId, ...audit.checkpointed });
  });

  test('issue #16.3: an older county without /audit-checkpoints (404) is not sent them again, and sync carries on', async () => {
    const asked: string[] = [];
    const olderCounty = createServer((request, response) => {
      asked.push(`${request.method} ${request.url}`);
      const answers: Record<string, object> = { '/health': { ok: true, time: new Date().toISOString() }, '/halls': { updates: [], more: false } };
      const answer = answers[/^\/[a-z]*/.exec(request.url ?? '')?.[0] ?? ''];
      response.writeHead(answer ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer ?? { error: 'not-found' }));
    });
    await new Promise<void>((listening) => olderCounty.listen(0, '127.0.0.1', listening));
    cleanups.push(() => new Promise<void>((closed) => olderCounty.close(() => closed())));
    const { worker, log, audit } = await hall({ endpoint: `http://127.0.0.1:${(olderCounty.address() as AddressInfo).port}` });
    await worker.runRound();
    appendAudit(audit, events.queueCall, { number: 'A001', windowId: 'window-1' }, 'demo-admin');
    await worker.runRound();
    expect(asked.filter((line) => line.startsWith('POST /audit-checkpoints'))).toHaveLength(1);
    expect(log.lines.map((line) => line.event.id)).toContain('sync.audit-checkpoints-unsupported');
    expect(worker.syncState()).toMatchObject({ online: true, problems: [] });
  });

  test("sends a saved request once, with the resident's answers opened for the county", async () => {
    const { county, worker, submit, outbox, changes } = await hall();
    const reference = submit('13900001111');
    await worker.runRound();
    // Online, sent, and the county's 'received' fetched: the staff console and the kiosk are told each time.
    expect(changes.count).toBe(3);
    expect(outbox(reference)).toMatchObject({ state: 'sent', attempts: 1, lastError: null });
    const [received] = county.store.received();
    expect(county.store.received()).toHaveLength(1);
    expect(received?.request).toMatchObject({
      reference,
      hallId: testHallId,
      serviceId: 'high-age-allowance',
      department: 'civil-affairs',
      answers: { idNumber: '410102194603151231', contactMobile: '13900001111', paymentAccount: highAgeAllowanceAnswers.paymentAccount, consent: true },
    });
    expect(worker.syncState()).toMatchObject({ enabled: true, online: true, pending: 0, needsAttention: [], problems: [] });
    expect(worker.syncState().lastSuccessAt).not.toBeNull();
  });

  test('a resend after a lost answer is a replay: the county still holds it once', async () => {
    const { db, county, worker, log, submit, outbox } = await hall();
    const reference = submit();
    await worker.runRound();
    // As if the kiosk lost power after the county stored it but before the kiosk wrote 'sent'.
    db.prepare("UPDATE outbox SET state = 'pending', sent_at = NULL").run();
    await worker.runRound();
    expect(outbox(reference)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(county.store.received()).toHaveLength(1);
    expect(county.store.deliveries().map((delivery) => delivery.outcome)).toEqual(['stored', 'replayed']);
    expect(new Set(county.store.deliveries().map((delivery) => delivery.idempotencyKey)).size).toBe(1);
    expect(log.lines.filter((line) => line.event.id === 'sync.sent').map((line) => line.fields.replayed)).toEqual([false, true]);
  });

  test('a 500 is retried after a full-jitter backoff, and holds back the requests behind it', async () => {
    const { county, worker, clock, submit, outbox } = await hall();
    const first = submit();
    const second = submit();
    county.faults.replace([{ kind: 'status', status: 500 }]);
    const before = Date.now();
    await worker.runRound();
    const after = Date.now();
    expect(outbox(first)).toMatchObject({ state: 'pending', attempts: 1, lastError: 'HTTP 500 injected-fault: fault injection: HTTP 500' });
    // random 0.5 × base 1000 ms for the first failure, from the moment the answer came
    const dueAt = Date.parse(outbox(first).nextAttemptAt ?? '');
    expect(dueAt).toBeGreaterThanOrEqual(before + 500);
    expect(dueAt).toBeLessThanOrEqual(after + 500);
    expect(outbox(second)).toMatchObject({ state: 'pending', attempts: 0 });
    await worker.runRound();
    expect(county.store.deliveries()).toHaveLength(1);
    clock.offsetMs = 1_000;
    await worker.runRound();
    expect([outbox(first).state, outbox(second).state]).toEqual(['sent', 'sent']);
    expect(county.store.received().map((each) => each.reference)).toEqual([first, second]);
  });

  test("a 429 waits for the county's Retry-After", async () => {
    const { county, worker, submit, outbox } = await hall();
    const reference = submit();
    county.faults.replace([{ kind: 'status', status: 429, retryAfter: '7' }]);
    const before = Date.now();
    await worker.runRound();
    const after = Date.now();
    const dueAt = Date.parse(outbox(reference).nextAttemptAt ?? '');
    expect(dueAt).toBeGreaterThanOrEqual(before + 7_000);
    expect(dueAt).toBeLessThanOrEqual(after + 7_000);
  });

  test('a county that hangs is given up on at the timeout, counted offline, and tried again', async () => {
    const { county, worker, clock, submit, outbox } = await hall();
    const reference = submit();
    county.faults.replace([{ kind: 'hang' }]);
    const started = performance.now();
    await worker.runRound();
    // The receiver would hang for 5 s; the kiosk gives up after its 300 ms timeout.
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(outbox(reference)).toMatchObject({ state: 'pending', attempts: 1, lastError: 'timeout' });
    expect(worker.online()).toEqual({ enabled: true, online: false });
    clock.offsetMs = 1_000;
    await worker.runRound();
    expect(worker.online().online).toBe(true);
    expect(outbox(reference).state).toBe('sent');
  });

  test('while the county cannot be reached it is offline, and nothing is attempted', async () => {
    const { worker, submit, outbox } = await hall({ receiverUp: false });
    const reference = submit();
    await worker.runRound();
    expect(worker.online()).toEqual({ enabled: true, online: false });
    expect(outbox(reference)).toMatchObject({ state: 'pending', attempts: 0 });
    expect(worker.syncState()).toMatchObject({ online: false, pending: 1, lastSuccessAt: null });
  });

  test("a refusal goes to staff with the county's reason, and their retry sends it again", async () => {
    const { worker, clock, submit, outbox } = await hall();
    const reference = submit();
    // The kiosk's clock is ten minutes off, so the county refuses the signature as stale.
    clock.offsetMs = 10 * 60 * 1000;
    await worker.runRound();
    expect(outbox(reference).state).toBe('needs-attention');
    expect(worker.syncState().needsAttention).toEqual([
      { reference, serviceId: 'high-age-allowance', attempts: 1, reason: expect.stringMatching(/^HTTP 401 stale-timestamp: /) as unknown as string },
    ]);
    await worker.runRound();
    expect(outbox(reference).attempts).toBe(1);

    clock.offsetMs = 0;
    expect(worker.retry(reference)).toEqual({ ok: true });
    await worker.runRound();
    expect(outbox(reference)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(worker.retry(reference)).toEqual({ ok: false, error: 'already-sent' });
    expect(worker.retry('KA-482913-5')).toEqual({ ok: false, error: 'unknown-request' });
  });

  test("fetches the county's status into its own columns and never touches the hall's", async () => {
    const { db, county, worker, clock, submit } = await hall();
    const reference = submit();
    await worker.runRound();
    county.store.setStatus(testHallId, reference, 'in-review', '县民政局正在审核', new Date());
    // Statuses are fetched once a minute by default.
    clock.offsetMs = 61_000;
    await worker.runRound();
    const row = () => db.prepare('SELECT status, county_status AS countyStatus, county_status_text AS countyStatusText FROM request WHERE reference = ?').get(reference);
    expect(row()).toEqual({ status: 'new', countyStatus: 'in-review', countyStatusText: '县民政局正在审核' });

    db.prepare("UPDATE request SET status = 'in-progress'").run();
    county.store.setStatus(testHallId, reference, 'approved', undefined, new Date());
    clock.offsetMs = 122_000;
    await worker.runRound();
    expect(row()).toEqual({ status: 'in-progress', countyStatus: 'approved', countyStatusText: null });
  });

  test('switched off, or without a usable key, it sends nothing and says why', async () => {
    const { worker, submit, outbox, setConfig } = await hall();
    const reference = submit();
    setConfig({ signingKey: { env: 'KIOSK_TEST_KEY_THAT_IS_NOT_SET' } });
    await worker.runRound();
    expect(worker.syncState()).toMatchObject({ enabled: true, online: false, problems: [{ error: 'signing-key-unavailable' }] });
    setConfig({ enabled: false });
    await worker.runRound();
    expect(worker.syncState()).toMatchObject({ enabled: false, online: false, pending: 1, problems: [] });
    setConfig(undefined);
    await worker.runRound();
    expect(outbox(reference)).toMatchObject({ state: 'pending', attempts: 0 });
  });

  test('once started it sends new requests without being asked, and stops cleanly', async () => {
    const { county, worker, submit, outbox, setConfig } = await hall();
    setConfig({ checkIntervalMs: 50 });
    worker.start();
    const reference = submit();
    await expect.poll(() => outbox(reference).state, { timeout: 3_000 }).toBe('sent');
    await worker.stop();
    expect(county.store.received()).toHaveLength(1);
  });
});
