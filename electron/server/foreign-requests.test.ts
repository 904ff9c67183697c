import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { demoConfig } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { createKioskApp } from './app.ts';
import type { KioskConfig } from '../config/schema.ts';
import { isServedUrl, lanHostnames } from './served-names.ts';
import type { ServedAt } from './served-names.ts';
import { holder } from './holder.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** A kiosk on a real port with a signed-in admin; `network` changes the demo hall's network section. */
async function kiosk(network?: Record<string, unknown>) {
  const dir = tempDir();
  let configFile: string | undefined;
  if (network) {
    configFile = join(dir, 'hall.json');
    writeFileSync(configFile, JSON.stringify({ ...demoConfig(), network }));
  }
  const started = await startTestKiosk(dir, configFile);
  stops.push(started.stop);
  const port = Number(new URL(started.base).port);
  const cookie = `kiosk_staff=${started.deps.staffSessions.create({ id: 'demo-admin', name: '演示管理员', role: 'admin' }, 'console').token}`;
  const resets = () => started.deps.db.prepare("SELECT count(*) FROM audit_log WHERE event = 'session.reset'").pluck().get() as number;
  return { ...started, port, cookie, resets };
}

interface Answer {
  status: number;
  type: string;
  text: string;
}

/** Real HTTP to 127.0.0.1 with exactly these headers: Host as a rebinding page's browser sends it, Origin as another page's. */
function send(port: number, method: string, path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, method, path, headers }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '', text }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('only this hall’s names are served', () => {
  test('a foreign Host (DNS rebinding) is refused on the API and on pages; the loopback names on the served port are answered', async () => {
    const { port } = await kiosk();
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, 'localhost']) {
      const api = await send(port, 'GET', '/api/kiosk', { Host: host });
      expect(api.status, host).toBe(421);
      expect(JSON.parse(api.text), host).toEqual({ ok: false, error: 'unknown-host', message: 'This kiosk answers only to its own names and addresses.' });
      const page = await send(port, 'GET', '/staff', { Host: host });
      expect(page.status, host).toBe(421);
      expect(page.type, host).toMatch(/^text\/plain/);
    }
    expect((await send(port, 'GET', '/healthz', { Host: 'evil.example' })).status).toBe(421);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect((await send(port, 'GET', '/api/kiosk', { Host: host })).status, host).toBe(200);
    }
  });

  test('in LAN mode the hall’s names are served on the LAN side’s HTTPS port only; in local mode not', () => {
    const lan = { mode: 'lan', lanHosts: ['Kiosk.Hall.lan', '192.168.10.20', 'fd00::20'] } as const;
    const served = { via: 'port', port: 8080, lanPort: 8443 } as const;
    const isServed = (url: string, network: Pick<KioskConfig['network'], 'mode' | 'lanHosts'> = { ...lan, lanHosts: [...lan.lanHosts] }, at: ServedAt = served) => isServedUrl(new URL(url), at, network);
    for (const url of ['https://kiosk.hall.lan:8443/api/kiosk', 'https://192.168.10.20:8443/staff', 'https://[fd00::20]:8443/board', 'http://127.0.0.1:8080/', 'https://localhost:8443/']) {
      expect(isServed(url), url).toBe(true);
    }
    // Not on the kiosk's own plain-HTTP port, not over plain HTTP, not another name.
    for (const url of ['http://kiosk.hall.lan:8080/', 'https://kiosk.hall.lan:8080/', 'http://kiosk.hall.lan:8443/', 'https://evil.example:8443/', 'http://127.0.0.1:8081/']) {
      expect(isServed(url), url).toBe(false);
    }
    // While the LAN side is down (its certificate refused), the hall's names are served nowhere.
    expect(isServed('https://kiosk.hall.lan:8443/', undefined, { via: 'port', port: 8080 })).toBe(false);
    expect(isServed('https://kiosk.hall.lan:8443/', { mode: 'local', lanHosts: ['kiosk.hall.lan'] })).toBe(false);
  });

  test('in LAN mode the kiosk PC’s own addresses are served, in local mode none', () => {
    const own = ['127.0.0.1', '::1', '192.0.2.2', 'fe80::fc:ff:fe00:1'];
    expect([...lanHostnames({ mode: 'lan', lanHosts: [] }, own)].sort()).toEqual(['127.0.0.1', '192.0.2.2', '[::1]', '[fe80::fc:ff:fe00:1]']);
    expect([...lanHostnames({ mode: 'local', lanHosts: ['kiosk.hall.lan'] }, own)]).toEqual([]);
  });
});

describe('changes come only from the kiosk’s own pages', () => {
  test('a staff action from a page on another port of 127.0.0.1 is refused, though it carries the staff cookie', async () => {
    const { port, cookie, resets } = await kiosk();
    const crossPort = await send(port, 'POST', '/api/staff/kiosk/reset', { Cookie: cookie, Origin: `http://127.0.0.1:${port + 1}`, 'Sec-Fetch-Site': 'same-site' });
    expect(crossPort.status).toBe(403);
    expect(JSON.parse(crossPort.text)).toEqual({ ok: false, error: 'cross-origin-request', message: 'This kiosk accepts changes only from its own pages.' });
    // Another name of the kiosk itself is another origin too.
    expect((await send(port, 'DELETE', '/api/staff/session', { Cookie: cookie, Origin: `http://localhost:${port}` })).status).toBe(403);
    // A sandboxed frame or a data: page sends Origin: null.
    expect((await send(port, 'POST', '/api/staff/kiosk/reset', { Cookie: cookie, Origin: 'null' })).status).toBe(403);
    expect(resets()).toBe(0);
  });

  test('without Origin, Sec-Fetch-Site must say same-origin', async () => {
    const { port, cookie, resets } = await kiosk();
    for (const site of ['cross-site', 'same-site', 'none']) {
      expect((await send(port, 'POST', '/api/staff/kiosk/reset', { Cookie: cookie, 'Sec-Fetch-Site': site })).status, site).toBe(403);
    }
    expect(resets()).toBe(0);
    expect((await send(port, 'POST', '/api/staff/kiosk/reset', { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect(resets()).toBe(1);
  });

  test('the normal paths work: the kiosk’s own pages, reads from anywhere in the hall, and clients that are not pages', async () => {
    const { port, cookie, resets } = await kiosk();
    const ownPage = { Cookie: cookie, Origin: `http://127.0.0.1:${port}`, 'Sec-Fetch-Site': 'same-origin' };
    expect((await send(port, 'POST', '/api/staff/kiosk/reset', ownPage)).status).toBe(200);
    // A GET changes nothing, so it needs no Origin (an image or a link from another page is harmless).
    expect((await send(port, 'GET', '/api/staff/me', { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(200);
    // curl, the durability tests, a county tool: no Origin and no Sec-Fetch-Site (see isSameOrigin).
    expect((await send(port, 'POST', '/api/staff/kiosk/reset', { Cookie: cookie })).status).toBe(200);
    expect(resets()).toBe(2);
  });

  test('through Electron’s app:// handler: app://kiosk only, and its own origin’s changes', async () => {
    const { deps, cookie, resets } = await kiosk();
    const app = createKioskApp({ ...deps, servedAt: holder({ via: 'app-scheme', origin: 'app://kiosk' }) });
    const reset = (url: string, origin?: string) => app.fetch(new Request(url, { method: 'POST', headers: { Cookie: cookie, ...(origin ? { Origin: origin } : {}) } }));
    expect((await reset('app://kiosk/api/staff/kiosk/reset', 'app://kiosk')).status).toBe(200);
    // Electron drops an Origin of null before the handler sees it; the kiosk's own pages send app://kiosk.
    expect((await reset('app://kiosk/api/staff/kiosk/reset')).status).toBe(200);
    expect((await reset('app://kiosk/api/staff/kiosk/reset', 'http://127.0.0.1:8080')).status).toBe(403);
    expect((await reset('app://elsewhere/api/staff/kiosk/reset', 'app://elsewhere')).status).toBe(421);
    expect((await reset('http://127.0.0.1:8080/api/staff/kiosk/reset')).status).toBe(421);
    expect((await app.fetch(new Request('app://kiosk/api/kiosk'))).status).toBe(200);
    expect(resets()).toBe(2);
  });
});
