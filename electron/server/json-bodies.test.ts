import { afterEach, describe, expect, test } from 'vitest';
import { Browser } from '../testing/hall-browser.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { createKioskApp } from './app.ts';
import { holder } from './holder.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

async function kioskWithAdmin() {
  const kiosk = await startTestKiosk(tempDir());
  stops.push(kiosk.stop);
  const token = kiosk.deps.staffSessions.create({ id: 'demo-admin', name: '演示管理员', role: 'admin' }, 'console').token;
  return { ...kiosk, token };
}

/** A body stream with no length, as Electron's protocol.handle builds one from the page's upload data. */
function streamOf(text: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });
}

describe('a request has a body', () => {
  test('over HTTP only when Content-Length or Transfer-Encoding says so: a browser’s bodyless DELETE signs out', async () => {
    const { base, deps, token } = await kioskWithAdmin();
    // As Chromium's fetch(url, { method: 'DELETE' }) sends it: no Content-Length, no Transfer-Encoding, no Content-Type.
    const browser = new Browser(Number(new URL(base).port), '127.0.0.1');
    browser.cookies.set('kiosk_staff', token);
    expect(await browser.send('DELETE', '/api/staff/session')).toMatchObject({ status: 200, body: { ok: true } });
    expect(deps.staffSessions.lookup(token)).toBeUndefined();

    // A body the headers announce still has to say it is JSON.
    const chunked = await fetch(`${base}/api/staff/session`, { method: 'DELETE', headers: { 'Content-Type': 'text/plain' }, body: streamOf('x'), duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(415);
    const sized = await fetch(`${base}/api/staff/session`, { method: 'DELETE', headers: { 'Content-Type': 'text/plain' }, body: 'x' });
    expect(sized.status).toBe(415);
  });

  test('through Electron’s app:// handler when a body stream is passed, with or without a length', async () => {
    const { deps, token } = await kioskWithAdmin();
    const app = createKioskApp({ ...deps, servedAt: holder({ via: 'app-scheme', origin: 'app://kiosk' }) });
    const cookie = `kiosk_staff=${token}`;
    // What protocol.handle makes of the page's request: its headers, and a stream only when there was upload data.
    const fromElectron = (method: string, path: string, headers: Record<string, string>, body: ReadableStream<Uint8Array> | null) =>
      app.fetch(new Request(`app://kiosk${path}`, { method, headers: { Cookie: cookie, ...headers }, body, duplex: 'half' } as RequestInit));

    expect((await fromElectron('PUT', '/api/staff/admin/timing', { 'Content-Type': 'text/plain' }, streamOf('{}'))).status).toBe(415);
    expect((await fromElectron('PUT', '/api/staff/admin/timing', {}, null)).status).toBe(400);
    const saved = await fromElectron('PUT', '/api/staff/admin/timing', { 'Content-Type': 'application/json' }, streamOf('{"idleWarningAfterSeconds":"soon"}'));
    expect(await saved.json()).toMatchObject({ ok: false, error: 'invalid-change' });
    expect((await fromElectron('DELETE', '/api/staff/session', {}, null)).status).toBe(200);
    expect(deps.staffSessions.lookup(token)).toBeUndefined();
  });
});
