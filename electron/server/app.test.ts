import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { memoryLogger } from '../log.ts';
import { migrations } from '../store/migrations/index.ts';
import { bundledConfigFile, productServices, repositoryRoot, seedsDir } from '../testing/kiosk-files.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { createKioskApp } from './app.ts';
import { bootKiosk } from './boot.ts';

const tempDir = useTempDir();
const running: ServerType[] = [];
afterEach(() => {
  for (const server of running.splice(0)) {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close();
  }
});

/** A real kiosk backend on a real port, with a real SQLite file and a tiny built renderer. */
async function startKiosk(options: { configText?: string; databaseBytes?: string } = {}) {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log(1)');
  let configFile = bundledConfigFile;
  if (options.configText !== undefined) {
    configFile = join(dir, 'hall.json');
    writeFileSync(configFile, options.configText);
  }
  const dataDir = join(dir, 'data');
  if (options.databaseBytes !== undefined) {
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'kiosk.db'), options.databaseBytes);
  }
  const log = memoryLogger();
  const deps = bootKiosk({ dataDir, configFile, bundledConfigFile, seedsDir, rendererDir }, log, { via: 'port', port: 0 });
  const app = createKioskApp(deps);
  const server = await new Promise<ServerType>((ready) => {
    const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => ready(started));
  });
  running.push(server);
  const { port } = server.address() as AddressInfo;
  deps.servedAt.replace({ via: 'port', port });
  const base = `http://127.0.0.1:${port}`;
  const staffHeaders = { Cookie: `kiosk_staff=${deps.staffSessions.create({ id: 'demo-admin', name: '演示管理员', role: 'admin' }, 'console').token}` };
  return { base, log, deps, staffHeaders };
}

describe('the kiosk backend over HTTP', () => {
  test('reports readiness at /healthz', async () => {
    const { base } = await startKiosk();
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, schemaVersion: migrations.length, config: 'file' });
  });

  test('serves the enabled catalog in home-screen order, with county figures', async () => {
    const { base } = await startKiosk();
    const body = (await (await fetch(`${base}/api/catalog`)).json()) as { services: { id: string }[]; countyFigures: Record<string, unknown> };
    expect(body.services.map((service) => service.id)).toEqual(productServices);
    expect(body.countyFigures.highAgeAllowanceStartAge).toBe(80);
  });

  test('serves every page with a strict CSP, and hashed assets for a year', async () => {
    const { base } = await startKiosk();
    for (const path of ['/', '/staff', '/board']) {
      const page = await fetch(`${base}${path}`);
      expect(page.status, path).toBe(200);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
    }
    const asset = await fetch(`${base}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/api/nothing-here`)).status).toBe(404);
  });

  test('streams live events over SSE and counts the staff consoles connected', async () => {
    const { base, staffHeaders } = await startKiosk();
    const controller = new AbortController();
    const stream = await fetch(`${base}/api/events?client=staff`, { signal: controller.signal, headers: staffHeaders });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body?.getReader();
    const first = new TextDecoder().decode((await reader?.read())?.value);
    expect(first).toContain('event: hello');
    const status = (await (await fetch(`${base}/api/staff/status`, { headers: staffHeaders })).json()) as { staffConsolesOnline: number };
    expect(status.staffConsolesOnline).toBe(1);
    controller.abort();
  });

  test('refuses an unknown kind of live client with a 400', async () => {
    const { base } = await startKiosk();
    expect((await fetch(`${base}/api/events?client=intruder`)).status).toBe(400);
  });

  test('tells staff about a broken config, and keeps running on the bundled default', async () => {
    const { base, log, staffHeaders } = await startKiosk({ configText: '{ "hall": ' });
    const status = (await (await fetch(`${base}/api/staff/status`, { headers: staffHeaders })).json()) as { config: { source: string; problems: unknown[] } };
    expect(status.config.source).toBe('bundled-default');
    expect(status.config.problems).toEqual([{ kind: 'syntax', path: '(whole file)', line: 1, column: 11 }]);
    expect(log.lines.map((line) => line.event.id)).toEqual(expect.arrayContaining(['config.rejected', 'config.fallback']));
    expect((await fetch(`${base}/api/catalog`)).status).toBe(200);
  });

  test('tells staff when a damaged database was set aside', async () => {
    const { base, log, staffHeaders } = await startKiosk({ databaseBytes: 'not a database '.repeat(100) });
    const status = (await (await fetch(`${base}/api/staff/status`, { headers: staffHeaders })).json()) as { notices: { kind: string; detail: { setAsideAs: string } }[] };
    expect(status.notices).toHaveLength(1);
    expect(status.notices[0]?.kind).toBe('database-set-aside');
    expect(status.notices[0]?.detail.setAsideAs).toMatch(/kiosk\.db\.corrupt-/);
    expect(log.lines.some((line) => line.event.id === 'store.set-aside')).toBe(true);
  });
});

describe('npm run serve', () => {
  test('logs one line with its URL when ready and exits cleanly on SIGTERM', async () => {
    const dataDir = tempDir();
    // Node with tsx's loader, as the durability tests start it, not the tsx command: that one relays a
    // SIGTERM to its child and SIGKILLs it when the child has not said within 30 ms that it got it. On a
    // busy machine (the unit run beside the full voice build) that made this test fail with 143.
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/server/serve.ts'], {
      cwd: repositoryRoot,
      env: { ...process.env, KIOSK_PORT: '0', KIOSK_DATA_DIR: dataDir },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const ready = await new Promise<{ url: string }>((resolveReady, reject) => {
      child.stdout.on('data', () => {
        const line = output.split('\n').find((each) => each.includes('"server.ready"'));
        if (line) resolveReady(JSON.parse(line) as { url: string });
      });
      child.on('exit', () => reject(new Error(`exited early: ${output}`)));
    });
    expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const exitCode = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
    child.kill('SIGTERM');
    expect(await exitCode).toBe(0);
    expect(output).toContain('"server.stopping"');
  });
});
