import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { CountyAuditCheckpoint, CountyRequest, CountyStatus, HallId, Reference } from '../core/sync/county-payloads.ts';
import { replayedHeader } from '../core/sync/county-client.ts';
import { verifySignature } from '../core/sync/signing.ts';
import type { CountyStore } from './county-store.ts';
import { FaultList, FaultQueue } from './faults.ts';
import type { Fault } from './faults.ts';

/** A key the county shares with one hall: a hall can neither send nor read in another hall's name. */
export interface HallKey {
  hallId: string;
  key: KeyObject;
}

export interface CountyAppOptions {
  store: CountyStore;
  /** By key id, as sent in X-Kiosk-Key-Id. */
  keys: ReadonlyMap<string, HallKey>;
  /** The /admin routes (set statuses, inject faults); only on a receiver bound to this computer. */
  admin: boolean;
  now?: () => Date;
  /** How long a 'hang' fault waits at most when the kiosk does not give up first. */
  hangMs?: number;
}

/** The largest request body accepted: far above any form's answers, far below anything harmful. */
export const maxRequestBytes = 256 * 1024;

const idempotencyKeyPattern = /^[A-Za-z0-9_-]{8,128}$/;

function targetOf(c: Context): string {
  const url = new URL(c.req.url);
  return url.pathname + url.search;
}

function waitForHang(signal: AbortSignal, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const StatusChange = z.strictObject({ hallId: HallId, reference: Reference, status: CountyStatus, statusText: z.string().max(500).optional() });
const FeedQuery = z.strictObject({ after: z.string().regex(/^\d{1,15}$/).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) });

/**
 * The reference county receiver (issue #8, Reference receiver): docs/county-api.yaml implemented on the
 * kiosk's own schemas and signing code, used by the durability tests and by halls trying sync out.
 */
export function createCountyApp({ store, keys, admin, now = () => new Date(), hangMs = 60_000 }: CountyAppOptions) {
  const faults = new FaultQueue();
  const keyFor = (keyId: string) => keys.get(keyId)?.key;

  function checkSignature(c: Context, body: string) {
    const check = verifySignature((name) => c.req.header(name), keyFor, { method: c.req.method, target: targetOf(c), body }, now());
    return check.ok ? { ok: true as const, hallId: keys.get(check.keyId)?.hallId } : check;
  }

  async function injectedFault(c: Context, fault: Fault): Promise<Response> {
    if (fault.kind === 'hang') {
      await waitForHang(c.req.raw.signal, hangMs);
      return c.json({ error: 'injected-hang' }, 503);
    }
    const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter };
    return c.json({ error: 'injected-fault', message: `fault injection: HTTP ${fault.status}` }, fault.status as 500, headers);
  }

  const app = new Hono()
    .get('/health', (c) => c.json({ ok: true, time: now().toISOString() }))
    .post(
      '/requests',
      bodyLimit({ maxSize: maxRequestBytes, onError: (c) => c.json({ error: 'too-large', message: `bodies are limited to ${maxRequestBytes} bytes` }, 413) }),
      async (c) => {
        const idempotencyKey = c.req.header('idempotency-key') ?? null;
        const record = (outcome: string) => store.recordDelivery(idempotencyKey, outcome, now());
        const fault = faults.next();
        if (fault) {
          record(`fault:${fault.kind === 'hang' ? 'hang' : fault.status}`);
          return injectedFault(c, fault);
        }
        const body = await c.req.text();
        const signature = checkSignature(c, body);
        if (!signature.ok) {
          record(`refused:${signature.error}`);
          return c.json({ error: signature.error, message: 'the request is not signed by a key this county knows, or its timestamp is too far off' }, 401);
        }
        if (idempotencyKey === null || !idempotencyKeyPattern.test(idempotencyKey)) {
          record('refused:idempotency-key');
          return c.json({ error: 'idempotency-key-required', message: 'send an Idempotency-Key header of 8 to 128 letters, digits, - or _' }, 400);
        }
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          record('refused:not-json');
          return c.json({ error: 'not-json' }, 400);
        }
        const request = CountyRequest.safeParse(json);
        if (!request.success) {
          record('refused:invalid-request');
          const where = request.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`).join('; ');
          return c.json({ error: 'invalid-request', message: `not a request as docs/county-api.yaml describes (${where})` }, 422);
        }
        if (request.data.hallId !== signature.hallId) {
          record('refused:wrong-hall');
          return c.json({ error: 'wrong-hall', message: "this key belongs to another hall; check the hall's sync.hallId and keyId" }, 403);
        }
        const receipt = store.receive(request.data, body, idempotencyKey, now());
        record(receipt.kind);
        switch (receipt.kind) {
          case 'stored':
            return c.json(receipt.accepted, 201);
          case 'replayed':
            return c.json(receipt.accepted, 201, { [replayedHeader]: 'true' });
          case 'key-reused':
            return c.json({ error: 'idempotency-key-reused', message: 'this Idempotency-Key came before with a different request' }, 422);
          case 'duplicate-reference':
            return c.json({ error: 'duplicate-reference', message: 'this hall sent a different request under this reference before' }, 409);
          default: {
            const unknownReceipt: never = receipt;
            throw new Error(`unknown receipt ${JSON.stringify(unknownReceipt)}`);
          }
        }
      },
    )
    .post('/audit-checkpoints', bodyLimit({ maxSize: 4096, onError: (c) => c.json({ error: 'too-large' }, 413) }), async (c) => {
      const body = await c.req.text();
      const signature = checkSignature(c, body);
      if (!signature.ok) return c.json({ error: signature.error, message: 'the request is not signed by a key this county knows, or its timestamp is too far off' }, 401);
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return c.json({ error: 'not-json' }, 400);
      }
      const checkpoint = CountyAuditCheckpoint.safeParse(json);
      if (!checkpoint.success) return c.json({ error: 'invalid-checkpoint', message: 'not an audit checkpoint as docs/county-api.yaml describes' }, 422);
      if (checkpoint.data.hallId !== signature.hallId) return c.json({ error: 'wrong-hall', message: 'this key belongs to another hall' }, 403);
      store.receiveAuditCheckpoint(checkpoint.data, now());
      return c.body(null, 201);
    })
    .get('/halls/:hallId/status-updates', (c) => {
      const signature = checkSignature(c, '');
      if (!signature.ok) return c.json({ error: signature.error, message: 'the request is not signed by a key this county knows, or its timestamp is too far off' }, 401);
      if (signature.hallId !== c.req.param('hallId')) return c.json({ error: 'wrong-hall', message: 'this key belongs to another hall' }, 403);
      const query = FeedQuery.safeParse(c.req.query());
      if (!query.success) return c.json({ error: 'bad-query', message: 'after is a cursor from this feed; limit is 1 to 500' }, 400);
      return c.json(store.statusFeed(c.req.param('hallId'), query.data.after, query.data.limit));
    });

  if (!admin) return { app, faults };
  const withAdmin = app
    .post('/admin/status', zValidator('json', StatusChange), (c) => {
      const { hallId, reference, status, statusText } = c.req.valid('json');
      return c.json({ cursor: store.setStatus(hallId, reference, status, statusText, now()) }, 201);
    })
    .put('/admin/faults', zValidator('json', FaultList), (c) => {
      faults.replace(c.req.valid('json').faults);
      return c.json({ waiting: faults.waiting });
    })
    .get('/admin/received', (c) =>
      c.json({ requests: store.received().map(({ hallId, reference, receivedAt }) => ({ hallId, reference, receivedAt })), deliveries: store.deliveries() }),
    );
  return { app: withAdmin, faults };
}
