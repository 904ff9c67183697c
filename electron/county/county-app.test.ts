import { createSecretKey, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import type { CountyRequest } from '../core/sync/county-payloads.ts';
import { signingHeaders } from '../core/sync/signing.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { startCountyReceiver } from './county-server.ts';

const tempDir = useTempDir();
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

const hallKey = createSecretKey(randomBytes(32));
const otherHallKey = createSecretKey(randomBytes(32));
const keys = new Map([
  ['hall-a-key', { hallId: 'hall-a', key: hallKey }],
  ['hall-b-key', { hallId: 'hall-b', key: otherHallKey }],
]);

const request: CountyRequest = {
  reference: 'KA-482913-5',
  hallId: 'hall-a',
  serviceId: 'high-age-allowance',
  serviceVersion: 1,
  department: 'civil-affairs',
  createdAt: '2026-11-27T09:00:00.000Z',
  answers: { applicantRelation: 'self', idNumber: '410102194603151231', consent: true },
};

async function receiver({ admin = false } = {}) {
  const started = await startCountyReceiver({ dir: tempDir(), port: 0, keys, admin });
  stops.push(started.stop);
  return started;
}

interface Signing {
  keyId?: string;
  key?: typeof hallKey;
  at?: Date;
  unsigned?: boolean;
}

function post(base: string, body: unknown, idempotencyKey: string | undefined, { keyId = 'hall-a-key', key = hallKey, at = new Date(), unsigned = false }: Signing = {}) {
  const text = JSON.stringify(body);
  const signed = unsigned ? {} : signingHeaders(key, keyId, { method: 'POST', target: '/requests', body: text }, at);
  return fetch(`${base}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signed, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
    body: text,
  });
}

function feed(base: string, hallId: string, query: string, { keyId = 'hall-a-key', key = hallKey }: Signing = {}) {
  const target = `/halls/${hallId}/status-updates${query}`;
  return fetch(`${base}${target}`, { headers: signingHeaders(key, keyId, { method: 'GET', target, body: '' }, new Date()) });
}

describe('the reference county receiver', () => {
  test('answers its health check without a signature', async () => {
    const { url } = await receiver();
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
  });

  test('refuses unsigned, wrongly signed and stale requests with 401, and stores none of them', async () => {
    const { url, store } = await receiver();
    const refusals = [
      await post(url, request, 'key-00000001', { unsigned: true }),
      await post(url, request, 'key-00000002', { key: otherHallKey }),
      await post(url, request, 'key-00000003', { keyId: 'nobody' }),
      await post(url, request, 'key-00000004', { at: new Date(Date.now() - 10 * 60 * 1000) }),
    ];
    expect(refusals.map((response) => response.status)).toEqual([401, 401, 401, 401]);
    expect(await Promise.all(refusals.map(async (response) => ((await response.json()) as { error: string }).error))).toEqual([
      'missing-signature',
      'bad-signature',
      'unknown-key',
      'stale-timestamp',
    ]);
    expect(store.received()).toEqual([]);
  });

  test('stores a request once: a resend with its key gets the same answer, marked as a replay', async () => {
    const { url, store } = await receiver();
    const first = await post(url, request, 'key-00000001');
    const again = await post(url, request, 'key-00000001');
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(store.received()).toHaveLength(1);
    expect(store.statusFeed('hall-a', undefined, 10).updates.map((update) => update.status)).toEqual(['received']);
  });

  test('refuses a key reused for another body, and another body under a stored reference', async () => {
    const { url, store } = await receiver();
    expect((await post(url, request, 'key-00000001')).status).toBe(201);
    const changed = { ...request, answers: { ...request.answers, applicantRelation: 'child' } };
    expect((await post(url, changed, 'key-00000001')).status).toBe(422);
    expect((await post(url, changed, 'key-00000002')).status).toBe(409);
    // A hall restored from a backup may resend under a new key: the same body is still a replay.
    const resent = await post(url, request, 'key-00000003');
    expect([resent.status, resent.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    expect(store.received()).toHaveLength(1);
  });

  test("refuses a request without an Idempotency-Key, one not in the spec, and one in another hall's name", async () => {
    const { url, store } = await receiver();
    expect((await post(url, request, undefined)).status).toBe(400);
    const invalid = await post(url, { ...request, serviceVersion: 0 }, 'key-00000001');
    expect([invalid.status, ((await invalid.json()) as { error: string }).error]).toEqual([422, 'invalid-request']);
    expect((await post(url, { ...request, hallId: 'hall-b' }, 'key-00000002')).status).toBe(403);
    expect(store.received()).toEqual([]);
  });

  test("serves a hall's status changes after a cursor, a page at a time, to that hall only", async () => {
    const { url, store } = await receiver();
    for (const status of ['received', 'in-review', 'approved'] as const) store.setStatus('hall-a', request.reference, status, undefined, new Date());
    store.setStatus('hall-b', 'KA-000000-0', 'received', undefined, new Date());
    const page = await feed(url, 'hall-a', '?limit=2');
    const first = (await page.json()) as { updates: { status: string; cursor: string }[]; more: boolean };
    expect([first.updates.map((update) => update.status), first.more]).toEqual([['received', 'in-review'], true]);
    const rest = (await (await feed(url, 'hall-a', `?after=${first.updates[1]?.cursor}&limit=2`)).json()) as typeof first;
    expect([rest.updates.map((update) => update.status), rest.more]).toEqual([['approved'], false]);
    expect((await feed(url, 'hall-b', '')).status).toBe(403);
    expect((await fetch(`${url}/halls/hall-a/status-updates`)).status).toBe(401);
  });

  test('shows the faults it is told to, in order, then works again', async () => {
    const { url, faults, store } = await receiver();
    faults.replace([{ kind: 'status', status: 500 }, { kind: 'status', status: 429, retryAfter: '3' }]);
    const statuses = [];
    for (const key of ['key-00000001', 'key-00000002', 'key-00000003']) {
      const response = await post(url, request, key);
      statuses.push([response.status, response.headers.get('retry-after')]);
    }
    expect(statuses).toEqual([
      [500, null],
      [429, '3'],
      [201, null],
    ]);
    expect(store.deliveries().map((delivery) => delivery.outcome)).toEqual(['fault:500', 'fault:429', 'stored']);
  });

  test('offers its admin routes only when asked to', async () => {
    const plain = await receiver();
    expect((await fetch(`${plain.url}/admin/received`)).status).toBe(404);
    const { url } = await receiver({ admin: true });
    const set = await fetch(`${url}/admin/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ hallId: 'hall-a', reference: request.reference, status: 'completed' }),
    });
    expect(set.status).toBe(201);
    const faults = await fetch(`${url}/admin/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults: [{ kind: 'hang' }] }) });
    expect(await faults.json()).toEqual({ waiting: 1 });
  });
});

describe('POST /audit-checkpoints (issue #16.3)', () => {
  const checkpoint = { hallId: 'hall-a', rows: 3, head: 'ab'.repeat(32), at: '2026-11-27T09:00:00.000Z', mac: 'cd'.repeat(32) };
  const send = (base: string, body: unknown, keyId = 'hall-a-key', key = hallKey) => {
    const text = JSON.stringify(body);
    const signed = signingHeaders(key, keyId, { method: 'POST', target: '/audit-checkpoints', body: text }, new Date());
    return fetch(`${base}/audit-checkpoints`, { method: 'POST', headers: { 'content-type': 'application/json', ...signed }, body: text });
  };

  test("keeps a hall's signed checkpoint once, and refuses another hall's or a malformed one", async () => {
    const { url, store } = await receiver();
    expect((await send(url, checkpoint)).status).toBe(201);
    expect((await send(url, checkpoint)).status).toBe(201);
    expect(store.auditCheckpoints('hall-a')).toEqual([checkpoint]);
    expect((await send(url, checkpoint, 'hall-b-key', otherHallKey)).status).toBe(403);
    expect((await send(url, { ...checkpoint, rows: -1 })).status).toBe(422);
    const unsigned = await fetch(`${url}/audit-checkpoints`, { method: 'POST', body: JSON.stringify(checkpoint) });
    expect(unsigned.status).toBe(401);
    expect(store.auditCheckpoints('hall-a')).toHaveLength(1);
  });
});
