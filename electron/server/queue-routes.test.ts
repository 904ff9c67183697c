import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkAuditTrail, recentAudit } from '../core/audit/index.ts';
import { events } from '../events.ts';
import { demoConfig } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import type { LiveClientKind, LiveEvent } from './hub.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

async function kiosk(dir = tempDir()) {
  const started = await startTestKiosk(dir);
  stops.push(started.stop);
  const session = started.deps.staffSessions.create({ id: 'demo-admin', name: '演示管理员', role: 'admin' }, 'console');
  const staff = { Cookie: `kiosk_staff=${session.token}` };
  /** What each kind of page would have received over SSE. */
  const heard: Record<LiveClientKind, LiveEvent[]> = { kiosk: [], staff: [], board: [] };
  for (const kind of ['kiosk', 'staff', 'board'] as const) started.deps.hub.subscribe(kind, (event) => heard[kind].push(event));
  return { ...started, staff, heard, dir };
}

function takeTicket(base: string, body: unknown) {
  return fetch(`${base}/api/queue/tickets`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

async function ticketNumber(base: string, businessType: string, priority = false): Promise<string> {
  const response = await takeTicket(base, { businessType, priority, locale: 'zh-CN' });
  expect(response.status).toBe(201);
  return ((await response.json()) as { ticket: { number: string } }).ticket.number;
}

function windowAction(base: string, windowId: string, action: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/queue/windows/${windowId}/${action}`, { method: 'POST', headers });
}

describe('POST /api/queue/tickets', () => {
  test('issues the next number, prints the ticket in the resident’s language and tells every page', async () => {
    const { base, dataDir, heard, log } = await kiosk();
    await ticketNumber(base, 'A');
    const response = await takeTicket(base, { businessType: 'A', priority: true, locale: 'en' });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toEqual({
      ok: true,
      ticket: { number: 'YA001', businessType: 'A', priority: true, issuedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown },
      waitingAhead: 1,
      estimatedWaitMinutes: 5,
      printed: true,
    });
    const receipts = readdirSync(join(dataDir, 'receipts')).sort();
    expect(receipts).toHaveLength(2);
    const paper = readFileSync(join(dataDir, 'receipts', receipts[1] ?? ''), 'utf8');
    for (const part of ['YA001', 'Priority ticket', 'Social insurance and pensions', 'Duty phone: 0000-0000000']) expect(paper).toContain(part);
    for (const kind of ['kiosk', 'staff', 'board'] as const) expect(heard[kind]).toEqual([{ type: 'queue' }, { type: 'queue' }]);
    expect(log.lines.filter((line) => line.event === events.ticketIssued).map((line) => line.fields)).toEqual([{ number: 'A001' }, { number: 'YA001' }]);
  });

  test('keeps the ticket when the printer fails, and logs the printer error', async () => {
    const { base, dataDir, log } = await kiosk();
    // A file where the receipts folder should be: the file printer cannot write.
    writeFileSync(join(dataDir, 'receipts'), 'not a folder');
    const response = await takeTicket(base, { businessType: 'B', priority: false, locale: 'zh-CN' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ ok: true, ticket: { number: 'B001' }, printed: false });
    expect(log.lines.find((line) => line.event === events.printerError)?.fields).toMatchObject({ ticket: 'B001', error: 'failed' });
    expect(await ticketNumber(base, 'B')).toBe('B002');
  });

  test('refuses a business type the hall does not have (404) and a malformed request (400)', async () => {
    const { base } = await kiosk();
    const unknown = await takeTicket(base, { businessType: 'Z', priority: false, locale: 'zh-CN' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, error: 'unknown-business-type' });
    for (const body of [{}, { businessType: 'A', priority: 'yes', locale: 'zh-CN' }, { businessType: 'A', priority: false, locale: 'fr' }, { businessType: 'A', priority: false, locale: 'en', name: '王' }]) {
      expect((await takeTicket(base, body)).status).toBe(400);
    }
  });

  test('a ticket survives a restart: the next one after it gets the next number', async () => {
    const dir = tempDir();
    const first = await startTestKiosk(dir);
    expect(await ticketNumber(first.base, 'C')).toBe('C001');
    first.stop();
    const second = await kiosk(dir);
    expect(await ticketNumber(second.base, 'C')).toBe('C002');
  });

  test('tickets asked for at the same moment each get their own number, and all are kept', async () => {
    const dir = tempDir();
    // Twelve at once is more than one kiosk's burst of tickets (issue #16.4): this hall allows them.
    const configFile = join(dir, 'hall.json');
    writeFileSync(configFile, JSON.stringify({ ...demoConfig(), limits: { tickets: { burst: 12, perMinute: 6 } } }));
    const first = await startTestKiosk(dir, configFile);
    const numbers = await Promise.all(Array.from({ length: 12 }, () => ticketNumber(first.base, 'A')));
    expect(numbers.toSorted()).toEqual(Array.from({ length: 12 }, (_, index) => `A${String(index + 1).padStart(3, '0')}`));
    first.stop();
    const second = await kiosk(dir);
    expect(await ticketNumber(second.base, 'A')).toBe('A013');
  });
});

describe('staff routes of the queue', () => {
  const staffRoutes: [string, string][] = [
    ['GET', '/api/queue/windows'],
    ['POST', '/api/queue/windows/window-1/call-next'],
    ['POST', '/api/queue/windows/window-1/recall'],
    ['POST', '/api/queue/windows/window-1/skip'],
    ['POST', '/api/queue/windows/window-1/finish'],
  ];

  test('refuse a request without a staff session, and change nothing', async () => {
    const { base, deps } = await kiosk();
    await ticketNumber(base, 'A');
    for (const [method, path] of staffRoutes) {
      const response = await fetch(`${base}${path}`, { method, headers: { Cookie: 'kiosk_staff=not-a-session' } });
      expect(response.status, path).toBe(401);
      expect(await response.json()).toEqual({ ok: false, error: 'staff-session-required' });
    }
    expect(deps.db.prepare("SELECT count(*) AS n FROM ticket WHERE state = 'waiting'").get()).toEqual({ n: 1 });
  });

  test('call by the hall’s priority rule (one priority call after each normal call), and show the order', async () => {
    const { base, staff } = await kiosk();
    for (const [letter, priority] of [['A', false], ['B', true], ['A', false], ['D', true], ['C', false]] as const) await ticketNumber(base, letter, priority);
    const windows = await fetch(`${base}/api/queue/windows`, { headers: staff });
    expect(windows.status).toBe(200);
    const view = (await windows.json()) as { windows: { id: string; current: unknown }[]; waiting: { number: string }[] };
    expect(view.windows).toEqual([{ id: 'window-1', name: { 'zh-CN': '1号窗口', en: 'Window 1' }, current: null }]);
    expect(view.waiting.map((ticket) => ticket.number)).toEqual(['A001', 'YB001', 'A002', 'YD001', 'C001']);
    const called: string[] = [];
    for (let call = 0; call < 5; call += 1) {
      const response = await windowAction(base, 'window-1', 'call-next', staff);
      expect(response.status).toBe(200);
      called.push(((await response.json()) as { ticket: { number: string } }).ticket.number);
    }
    expect(called).toEqual(view.waiting.map((ticket) => ticket.number));
    const nobody = await windowAction(base, 'window-1', 'call-next', staff);
    expect(nobody.status).toBe(409);
    expect(await nobody.json()).toEqual({ ok: false, error: 'nobody-waiting' });
  });

  test('issue #20.1: name the next ticket and why, with the hall’s rule, and call that one', async () => {
    const { base, staff } = await kiosk();
    const view = async () => (await (await fetch(`${base}/api/queue/windows`, { headers: staff })).json()) as { next: unknown; rule: unknown };
    expect(await view()).toMatchObject({ next: null, rule: { normalCallsPerPriorityCall: 1, maxNormalWaitMinutes: 30 } });
    await ticketNumber(base, 'A', true);
    await ticketNumber(base, 'A');
    expect((await view()).next).toEqual({ number: 'YA001', businessType: 'A', priority: true, issuedAt: expect.stringMatching(/^\d{4}-/) as unknown, reason: 'waited-longest' });
    const called = await windowAction(base, 'window-1', 'call-next', staff);
    expect(await called.json()).toMatchObject({ ok: true, ticket: { number: 'YA001' } });
    expect((await view()).next).toMatchObject({ number: 'A001', priority: false, reason: 'first-in-line' });
  });

  test('call, recall, skip and finish: announced to every page, audited with the staff id and ticket numbers only', async () => {
    const { base, staff, heard, deps } = await kiosk();
    await ticketNumber(base, 'A');
    await ticketNumber(base, 'B');
    heard.board.length = 0;

    const call = await windowAction(base, 'window-1', 'call-next', staff);
    expect(await call.json()).toEqual({
      ok: true,
      ticket: { number: 'A001', businessType: 'A', priority: false, issuedAt: expect.any(String) as unknown, calledAt: expect.any(String) as unknown },
    });
    expect((await windowAction(base, 'window-1', 'recall', staff)).status).toBe(200);
    expect(await (await windowAction(base, 'window-1', 'skip', staff)).json()).toEqual({ ok: true });
    await windowAction(base, 'window-1', 'call-next', staff);
    expect(await (await windowAction(base, 'window-1', 'finish', staff)).json()).toEqual({ ok: true });

    const windowName = { 'zh-CN': '1号窗口', en: 'Window 1' };
    const calls = heard.board.filter((event) => event.type === 'call');
    expect(calls).toEqual([
      { type: 'call', number: 'A001', windowId: 'window-1', windowName, calledAt: expect.any(String) as unknown, recall: false },
      { type: 'call', number: 'A001', windowId: 'window-1', windowName, calledAt: expect.any(String) as unknown, recall: true },
      { type: 'call', number: 'B001', windowId: 'window-1', windowName, calledAt: expect.any(String) as unknown, recall: false },
    ]);
    expect(heard.kiosk.filter((event) => event.type === 'call')).toHaveLength(3);
    expect(heard.board.filter((event) => event.type === 'queue')).toHaveLength(5);

    const audit = recentAudit(deps.db).reverse();
    expect(audit.map(({ event, actor, fields }) => ({ event, actor, fields }))).toEqual([
      { event: 'queue.call', actor: 'demo-admin', fields: { number: 'A001', windowId: 'window-1' } },
      { event: 'queue.recall', actor: 'demo-admin', fields: { number: 'A001', windowId: 'window-1', recalls: 1 } },
      { event: 'queue.skip', actor: 'demo-admin', fields: { number: 'A001', windowId: 'window-1' } },
      { event: 'queue.call', actor: 'demo-admin', fields: { number: 'B001', windowId: 'window-1' } },
      { event: 'queue.finish', actor: 'demo-admin', fields: { number: 'B001', windowId: 'window-1' } },
    ]);
    expect(checkAuditTrail(deps.audit)).toEqual({ ok: true, rows: 5, checkpoint: { rows: 5, at: expect.any(String) } });
  });

  test('answer an unknown window with 404 and a window with no current ticket with 409', async () => {
    const { base, staff } = await kiosk();
    for (const action of ['call-next', 'recall', 'skip', 'finish']) {
      const unknown = await windowAction(base, 'window-9', action, staff);
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toEqual({ ok: false, error: 'unknown-window' });
    }
    for (const action of ['recall', 'skip', 'finish']) {
      const none = await windowAction(base, 'window-1', action, staff);
      expect(none.status).toBe(409);
      expect(await none.json()).toEqual({ ok: false, error: 'no-current-ticket' });
    }
  });
});

describe('GET /api/queue/board', () => {
  test('is open without a session and shows numbers only', async () => {
    const { base, staff } = await kiosk();
    await ticketNumber(base, 'A');
    await ticketNumber(base, 'A');
    await windowAction(base, 'window-1', 'call-next', staff);
    const response = await fetch(`${base}/api/queue/board`);
    expect(response.status).toBe(200);
    const board = (await response.json()) as { windows: { current: { number: string } | null }[]; recent: { number: string }[]; waiting: { letter: string; count: number }[] };
    expect(board.windows.map((window) => window.current?.number)).toEqual(['A001']);
    expect(board.recent.map((call) => call.number)).toEqual(['A001']);
    expect(board.waiting.map(({ letter, count }) => [letter, count])).toEqual([['A', 1], ['B', 0], ['C', 0], ['D', 0]]);
  });
});
