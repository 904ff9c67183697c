import fc from 'fast-check';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import type { KioskDatabase } from '../store/open.ts';
import { bundledConfigFile } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { routeInputs } from '../testing/route-inputs.ts';
import type { RouteInput } from '../testing/route-inputs.ts';
import { createKioskApp } from './app.ts';

/**
 * Issue #8, bad input: thousands of random and malformed requests to every API route, over real HTTP,
 * against a real SQLite file. Each is refused with a 4xx that says why, in the one error envelope (a route
 * that reads no input may ignore the garbage); none gets a 5xx, and nothing is written. `BAD_INPUT_SEED`
 * repeats a failing run.
 */
const seed = Number(process.env.BAD_INPUT_SEED ?? Date.now() % 2 ** 31);
const casesPerRoute = 80;

type Kiosk = Awaited<ReturnType<typeof startTestKiosk>>;

interface BadRequest {
  kind: 'body' | 'path' | 'query' | 'none';
  path: string;
  contentType?: string;
  body?: string;
  cookie?: string;
}

/** Issue #17.3: every refusal, from a route, its validator or a guard before it, has one shape (extra fields, such as an admin form's problems, may follow). */
const ErrorEnvelope = z.looseObject({ ok: z.literal(false), error: z.string(), message: z.string().optional() });

// ---- generators ----------------------------------------------------------------------------------

const jsonTypes = [fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.integer(), { maxKeys: 3 })];

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** A JSON value of another type than `value`: a wrong type, never a different value of the right one. */
function wrongTypeFor(value: unknown) {
  return fc.oneof(...jsonTypes).filter((other) => typeOf(other) !== typeOf(value) && !(typeof value === 'number' && typeof other === 'number'));
}

const hugeString = fc.integer({ min: 5_000, max: 120_000 }).map((length) => 'あ'.repeat(length));
/** Arrays nested this deep, written straight into the JSON text: building them as values would overflow the test's own stack. */
class DeepNesting {
  constructor(readonly depth: number) {}
}
const deeplyNested = fc.integer({ min: 100, max: 30_000 }).map((depth) => new DeepNesting(depth));

function bodyText(body: unknown): string {
  const depths: number[] = [];
  const text = JSON.stringify(body, (_, value: unknown) => {
    if (!(value instanceof DeepNesting)) return value;
    depths.push(value.depth);
    return `\u0000deep${depths.length - 1}\u0000`;
  });
  return text.replace(/"\\u0000deep(\d+)\\u0000"/g, (_, index: string) => {
    const depth = depths[Number(index)] ?? 0;
    return `${'['.repeat(depth)}${']'.repeat(depth)}`;
  });
}

/** Every path to a field of the valid body, into objects at any depth (answers.paymentAccount.bank). */
function fieldPaths(body: Record<string, unknown>): string[][] {
  return Object.entries(body).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? [[key], ...fieldPaths(value as Record<string, unknown>).map((inner) => [key, ...inner])] : [[key]],
  );
}

const valueAt = (body: Record<string, unknown>, path: string[]) => path.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], body);

function withField(body: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [key = '', ...rest] = path;
  if (rest.length === 0) return { ...body, [key]: value };
  return { ...body, [key]: withField(body[key] as Record<string, unknown>, rest, value) };
}

/**
 * Issue #16.10: a character no person types (electron/core/applications/typed-text.ts) put into a valid
 * text, or the text made 20,000 characters long (a bank name once was), which every field refuses.
 */
function untypeableTextFor(valid: string) {
  return fc.oneof(
    fc.tuple(fc.constantFrom('\u0000', '\u001b', '\u001b[31m', '\u0085', '\u007f', '\ufeff', '\u200b', '\u202e', '\u2028', '\ud800', '\udfff', '\r'), fc.nat({ max: valid.length })).map(
      ([character, at]) => valid.slice(0, at) + character + valid.slice(at),
    ),
    fc.constant(valid.repeat(Math.ceil(20_000 / Math.max(1, valid.length)))),
  );
}

/** The valid body with one thing wrong. */
function mutatedBody(valid: Record<string, unknown>) {
  const paths = fieldPaths(valid);
  const field = fc.constantFrom(...paths);
  const textPaths = paths.filter((path) => typeof valueAt(valid, path) === 'string');
  return fc.oneof(
    field.chain((path) => wrongTypeFor(valueAt(valid, path)).map((value) => withField(valid, path, value))),
    field.chain((path) => fc.oneof(hugeString, deeplyNested).map((value) => withField(valid, path, value))),
    ...(textPaths.length > 0 ? [fc.constantFrom(...textPaths).chain((path) => untypeableTextFor(valueAt(valid, path) as string).map((value) => withField(valid, path, value)))] : []),
    fc.tuple(fc.string({ minLength: 1 }), fc.jsonValue()).filter(([key]) => !(key in valid)).map(([key, value]) => ({ ...valid, [key]: value })),
  );
}

const notJson = fc.oneof(
  fc.string({ minLength: 1 }).filter((text) => {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  }),
  fc.constantFrom('{', '{"a":', '[1,2', '\u0000', 'undefined', "{'a':1}", '{"a":1}}', '\uFEFF{}x'),
);

const wrongContentType = fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'jsonp', 'application/json-seq');

function badBodies(input: RouteInput) {
  const valid = input.body ?? {};
  const asJson = (body: unknown) => ({ contentType: 'application/json', body: bodyText(body) });
  return fc.oneof(
    { weight: 4, arbitrary: mutatedBody(valid).map(asJson) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map(asJson) },
    { weight: 1, arbitrary: fc.oneof(hugeString, deeplyNested).map(asJson) },
    { weight: 2, arbitrary: notJson.map((body) => ({ contentType: 'application/json', body })) },
    { weight: 2, arbitrary: wrongContentType.map((contentType) => ({ contentType, body: JSON.stringify(valid) })) },
  ).filter(({ body }) => {
    if (!input.acceptsBody) return true;
    try {
      return !input.acceptsBody(JSON.parse(body));
    } catch {
      return true;
    }
  });
}

const rawSegment = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }).map(encodeURIComponent),
  fc.constantFrom('%', '%zz', '%E0%A4%A', '..', '%2e%2e', '%00', '-1', '0', '1e3', '99999999999999999999', 'a'.repeat(2000), '%F0%9F%98%80'),
);

function badParams(input: RouteInput) {
  const names = Object.keys(input.params ?? {});
  const taken = new Set(Object.values(input.params ?? {}).flat());
  return fc.tuple(...names.map(() => rawSegment.filter((segment) => !taken.has(segment)))).map((segments) => Object.fromEntries(names.map((name, index) => [name, segments[index] ?? ''])));
}

const queryString = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 50 }), { maxKeys: 5 }).map((entries) => new URLSearchParams(entries).toString()),
  fc.constantFrom('client=', 'client=robot', 'client=kiosk&client=staff', '%zz=1', 'a=%E0%A4%A', '&&&=&', `x=${'9'.repeat(3000)}`),
);

const garbageCookie = fc.oneof(fc.string({ unit: 'grapheme-ascii', maxLength: 100 }), fc.constant('kiosk_staff=%zz; kiosk_device=""'));

function fillPath(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => params[name] ?? '');
}

function examplePath(pattern: string, input: RouteInput): string {
  return fillPath(pattern, Object.fromEntries(Object.keys(input.params ?? {}).map((name) => [name, 'zz'])));
}

/** The bad requests for one route: its body, its path parameters and its query, each malformed in turn. */
function badRequests(method: string, pattern: string, input: RouteInput) {
  const withQuery = (path: string) => fc.option(queryString, { nil: undefined }).map((query) => (query ? `${path}?${query}` : path));
  const kinds: fc.Arbitrary<BadRequest>[] = [];
  if (input.body && method !== 'GET') {
    kinds.push(fc.tuple(badBodies(input), withQuery(examplePath(pattern, input))).map(([body, path]) => ({ kind: 'body' as const, path, ...body })));
  }
  if (input.params) {
    kinds.push(
      fc.tuple(badParams(input), fc.option(queryString, { nil: undefined })).map(([params, query]) => ({
        kind: 'path' as const,
        path: fillPath(pattern, params) + (query ? `?${query}` : ''),
        ...(input.body ? { contentType: 'application/json', body: JSON.stringify(input.body) } : {}),
      })),
    );
  }
  const noBodyKind = input.readsNoInput ? ('none' as const) : ('query' as const);
  kinds.push(
    fc.tuple(queryString, method === 'GET' ? fc.constant(undefined) : fc.option(fc.jsonValue({ maxDepth: 3 }).filter((body) => !input.acceptsBody?.(body)), { nil: undefined })).map(([query, body]) => ({
      kind: noBodyKind,
      path: `${examplePath(pattern, input)}?${query}`,
      ...(body === undefined ? {} : { contentType: 'application/json', body: JSON.stringify(body) }),
    })),
  );
  return fc.tuple(fc.oneof(...kinds), fc.oneof({ weight: 7, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: garbageCookie })).map(([request, cookie]) => ({ ...request, cookie }));
}

// ---- the kiosk and what it holds -----------------------------------------------------------------

/** Every table's rows, except the audit rows and tables a route writes by design. */
function snapshot(db: KioskDatabase, input: RouteInput): Record<string, unknown[]> {
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
  const allowedEvents = new Set(input.auditedByDesign ?? []);
  return Object.fromEntries(
    tables
      .filter(({ name }) => !(input.countsByDesign ?? []).includes(name))
      .map(({ name }) => {
        const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[];
        return [name, name === 'audit_log' ? rows.filter((row) => !allowedEvents.has(String(row.event))) : rows];
      }),
  );
}

/** One request on its own connection (no keep-alive), so a refusal that closes the connection affects nothing after it. */
function send(kiosk: Kiosk, method: string, request: BadRequest, staffToken: string): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { Cookie: request.cookie ?? `kiosk_staff=${staffToken}` };
  if (request.contentType) headers['Content-Type'] = request.contentType;
  if (request.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(request.body));
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(`${kiosk.base}${request.path}`, { method, headers, agent: false, timeout: 10_000 }, (response) => {
      if (response.headers['content-type']?.startsWith('text/event-stream')) {
        response.destroy();
        resolve({ status: response.statusCode ?? 0, body: undefined });
        return;
      }
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => {
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // Not JSON: the assertion on `error` reports it.
        }
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer in 10 s')));
    // A body refused before it was all sent may find the connection closed under it; the answer counts.
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

// One kiosk for the whole file (useTempDir would remove it after the first test).
const dir = mkdtempSync(join(tmpdir(), 'kiosk-bad-input-'));
let kiosk: Kiosk;
let configFile: string;
beforeAll(async () => {
  // The admin routes write the hall's file: a copy, compared before and after.
  configFile = join(dir, 'hall.json');
  copyFileSync(bundledConfigFile, configFile);
  kiosk = await startTestKiosk(dir, configFile);
});
afterAll(() => {
  kiosk.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Routes under /api (and /healthz), one per method and path; middleware (ALL) and the renderer's pages are not API routes. */
function apiRoutes(): string[] {
  const routes = createKioskApp(kiosk.deps).routes.filter(({ method, path }) => method !== 'ALL' && (path.startsWith('/api/') || path === '/healthz'));
  return [...new Set(routes.map(({ method, path }) => `${method} ${path}`))];
}

describe('bad input to every API route', () => {
  test('every route of the app has a generator, and every generator a route', () => {
    const routes = apiRoutes();
    expect(routes.filter((route) => !(route in routeInputs)), 'routes without an entry in electron/testing/route-inputs.ts').toEqual([]);
    expect(Object.keys(routeInputs).filter((route) => !routes.includes(route)), 'entries for routes that no longer exist').toEqual([]);
  });

  test(`is refused with a 4xx and a reason, never a 5xx, and writes nothing (seed ${seed})`, async () => {
    const routes = apiRoutes();
    const configBefore = readFileSync(configFile, 'utf8');
    let cases = 0;
    const statuses = new Map<number, number>();
    for (const [index, route] of routes.entries()) {
      const [method = '', pattern = ''] = route.split(' ');
      const input = routeInputs[route] ?? {};
      const before = snapshot(kiosk.deps.db, input);
      await fc.assert(
        fc.asyncProperty(badRequests(method, pattern, input), async (request) => {
          // A fresh session each time: a sign-out or a refused PIN must not leave the next case signed out.
          const staffToken = kiosk.deps.staffSessions.create({ id: 'demo-admin', name: '演示管理员', role: 'admin' }, 'console').token;
          const { status, body } = await send(kiosk, method, request, staffToken);
          cases += 1;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          expect(status, `${route} ${JSON.stringify(body)}`).toBeLessThan(500);
          const mustRefuse = request.kind === 'body' || request.kind === 'path';
          if (mustRefuse) expect(status, `${route}: ${request.path} ${request.body?.slice(0, 200)} → ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
          if (status >= 400) expect((body as { error?: unknown }).error, `${route} ${status} says why`).toEqual(expect.any(String));
          if (status >= 400) expect(ErrorEnvelope.safeParse(body).success, `${route} ${status} ${JSON.stringify(body)} is the one error envelope`).toBe(true);
        }),
        { numRuns: casesPerRoute, seed: seed + index, endOnFailure: true },
      );
      expect(snapshot(kiosk.deps.db, input), `${route} wrote to the database`).toEqual(before);
    }
    expect(readFileSync(configFile, 'utf8')).toBe(configBefore);
    console.log(`Bad input (seed ${seed}): ${cases} cases over ${routes.length} routes; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  }, 120_000);
});
