import { afterEach, describe, expect, test } from 'vitest';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { bodyLimitFor } from './body-limits.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

async function kiosk() {
  const started = await startTestKiosk(tempDir());
  stops.push(started.stop);
  return started;
}

/** A JSON body of about `bytes` bytes. */
function bodyOf(bytes: number): string {
  return JSON.stringify({ screen: 'x'.repeat(bytes) });
}

describe('request body limits', () => {
  test('give applications 64 KiB, admin changes 16 KiB and every other command 4 KiB', () => {
    expect(bodyLimitFor('/api/applications')).toBe(64 * 1024);
    expect(bodyLimitFor('/api/staff/admin/timing')).toBe(16 * 1024);
    expect(bodyLimitFor('/api/help')).toBe(4 * 1024);
    expect(bodyLimitFor('/api/staff/session')).toBe(4 * 1024);
  });

  test('refuse a body over the limit with 413 and a clear message, before the route reads it', async () => {
    const { base, deps } = await kiosk();
    const response = await fetch(`${base}/api/help`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bodyOf(5000) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, error: 'body-too-large', maxBytes: 4096, message: expect.stringContaining('4 KiB') });
    expect(deps.db.prepare('SELECT count(*) AS n FROM help_call').get()).toEqual({ n: 0 });
  });

  test('count a chunked body without Content-Length as it arrives', async () => {
    const { base } = await kiosk();
    const chunks = Array.from({ length: 80 }, () => new TextEncoder().encode('x'.repeat(1000)));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chunks.shift();
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${base}/api/applications`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'body-too-large', maxBytes: 64 * 1024 });
  });

  test('let a body within the limit through to the route', async () => {
    const { base } = await kiosk();
    const response = await fetch(`${base}/api/help`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bodyOf(3000) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid-request' });
  });

  test('refuse a body that does not say it is JSON (415), and a PUT without one', async () => {
    const { base, staffHeaders } = await kioskWithAdmin();
    const asText = await fetch(`${base}/api/staff/admin/timing`, { method: 'PUT', headers: { ...staffHeaders, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(asText.status).toBe(415);
    expect(await asText.json()).toMatchObject({ error: 'unsupported-media-type' });
    const empty = await fetch(`${base}/api/staff/admin/timing`, { method: 'PUT', headers: staffHeaders });
    expect(empty.status).toBe(400);
  });
});

async function kioskWithAdmin() {
  const started = await kiosk();
  const token = started.deps.staffSessions.create({ id: 'demo-admin', name: '演示管理员', role: 'admin' }, 'console').token;
  return { ...started, staffHeaders: { Cookie: `kiosk_staff=${token}` } };
}
