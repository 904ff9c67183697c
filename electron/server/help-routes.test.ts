import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { recentAudit } from '../core/audit/audit-log.ts';
import { demoConfig } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import type { LiveClientKind, LiveEvent } from './hub.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

const everyDay = [1, 2, 3, 4, 5, 6, 7];
/** Open all day, every day: whether a call is answered then depends only on the consoles online. */
const alwaysOpen = [{ days: everyDay, open: '00:00', close: '23:59' }];
/** Open all day on every weekday but today's: closed now, whatever the time. */
function closedToday() {
  const today = new Date().getDay() || 7;
  return [{ days: everyDay.filter((day) => day !== today), open: '00:00', close: '23:59' }];
}

/** A kiosk for the demo hall with these opening hours, a staff session, and ears on every kind of page. */
async function kiosk(openingHours: unknown, { staffConsoleOnline }: { staffConsoleOnline: boolean }) {
  const dir = tempDir();
  const config = demoConfig() as { hall: Record<string, unknown> };
  config.hall.openingHours = openingHours;
  const configFile = join(dir, 'hall.json');
  writeFileSync(configFile, JSON.stringify(config));
  const started = await startTestKiosk(dir, configFile);
  stops.push(started.stop);
  expect(started.deps.config.current().source).toBe('file');
  const session = started.deps.staffSessions.create({ id: 'demo-admin', name: '演示管理员', role: 'admin' }, 'console');
  const heard: Record<LiveClientKind, LiveEvent[]> = { kiosk: [], staff: [], board: [] };
  for (const kind of ['kiosk', 'board'] as const) started.deps.hub.subscribe(kind, (event) => heard[kind].push(event));
  if (staffConsoleOnline) started.deps.hub.subscribe('staff', (event) => heard.staff.push(event));
  return { ...started, staff: { Cookie: `kiosk_staff=${session.token}` }, heard };
}

function callForHelp(base: string, body: unknown) {
  return fetch(`${base}/api/help`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

describe('POST /api/help', () => {
  test('reaches staff when a console is online and the hall is open; they acknowledge and clear it', async () => {
    const { base, staff, heard, deps } = await kiosk(alwaysOpen, { staffConsoleOnline: true });
    const response = await callForHelp(base, { screen: 'form:high-age-allowance:idNumber', serviceId: 'high-age-allowance' });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: number };
    expect(heard.staff).toEqual([{ type: 'help', id, state: 'waiting' }]);

    const list = await fetch(`${base}/api/help`, { headers: staff });
    expect(await list.json()).toEqual({ calls: [{ id, createdAt: expect.any(String) as unknown, screen: 'form:high-age-allowance:idNumber', state: 'waiting' }] });

    expect(await (await fetch(`${base}/api/help/${id}/acknowledge`, { method: 'POST', headers: staff })).json()).toEqual({ ok: true });
    expect(await (await fetch(`${base}/api/help/${id}`)).json()).toEqual({ id, state: 'acknowledged' });
    expect(await (await fetch(`${base}/api/help/${id}/clear`, { method: 'POST', headers: staff })).json()).toEqual({ ok: true });
    expect(await (await fetch(`${base}/api/help/${id}`)).json()).toEqual({ id, state: 'cleared' });
    expect(await (await fetch(`${base}/api/help`, { headers: staff })).json()).toEqual({ calls: [] });

    const changes = [
      { type: 'help', id, state: 'waiting' },
      { type: 'help', id, state: 'acknowledged' },
      { type: 'help', id, state: 'cleared' },
    ];
    expect(heard.kiosk).toEqual(changes);
    expect(heard.staff).toEqual(changes);
    expect(heard.board).toEqual([]);
    expect(recentAudit(deps.db).reverse().map(({ event, actor, fields }) => ({ event, actor, fields }))).toEqual([
      { event: 'help.acknowledged', actor: 'demo-admin', fields: { id } },
      { event: 'help.cleared', actor: 'demo-admin', fields: { id } },
    ]);
  });

  test('says at once when no staff console is online, with the duty phone, and still counts the call', async () => {
    const { base, deps, heard } = await kiosk(alwaysOpen, { staffConsoleOnline: false });
    const response = await callForHelp(base, { screen: 'home' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, state: 'nobody', dutyPhone: '0000-0000000' });
    expect(deps.db.prepare('SELECT screen, state, outcome FROM help_call').all()).toEqual([{ screen: 'home', state: 'unanswered', outcome: 'nobody' }]);
    expect(heard.kiosk).toEqual([]);
  });

  test('says at once when the hall is closed, even with a console online', async () => {
    const { base, deps } = await kiosk(closedToday(), { staffConsoleOnline: true });
    const response = await callForHelp(base, { screen: 'queue:business-type' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, state: 'closed', dutyPhone: '0000-0000000' });
    expect(deps.db.prepare('SELECT outcome FROM help_call').pluck().all()).toEqual(['closed']);
  });

  test('shows staff only "a resident needs help" for a call from the appeals service', async () => {
    const { base, staff, deps } = await kiosk(alwaysOpen, { staffConsoleOnline: true });
    expect((await callForHelp(base, { screen: 'form:appeals-feedback:appealText', serviceId: 'appeals-feedback' })).status).toBe(201);
    expect((await callForHelp(base, { screen: 'service:appeals-feedback' })).status).toBe(201);
    const { calls } = (await (await fetch(`${base}/api/help`, { headers: staff })).json()) as { calls: { screen: string | null }[] };
    expect(calls.map((call) => call.screen)).toEqual([null, null]);
    expect(deps.db.prepare('SELECT count(*) AS n FROM help_call WHERE screen IS NULL AND service_id IS NULL').get()).toEqual({ n: 2 });
  });

  test('refuses a malformed call with 400', async () => {
    const { base } = await kiosk(alwaysOpen, { staffConsoleOnline: true });
    for (const body of [{}, { screen: '' }, { screen: 'x'.repeat(121) }, { screen: 'home\nagain' }, { screen: 'home', serviceId: 'Not An Id' }, { screen: 'home', name: '王' }]) {
      expect((await callForHelp(base, body)).status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('staff routes of help calls', () => {
  test('refuse a request without a staff session, and change nothing', async () => {
    const { base, deps } = await kiosk(alwaysOpen, { staffConsoleOnline: true });
    const { id } = (await (await callForHelp(base, { screen: 'home' })).json()) as { id: number };
    for (const [method, path] of [
      ['GET', '/api/help'],
      ['POST', `/api/help/${id}/acknowledge`],
      ['POST', `/api/help/${id}/clear`],
    ] as const) {
      const response = await fetch(`${base}${path}`, { method });
      expect(response.status, path).toBe(401);
      expect(await response.json()).toEqual({ ok: false, error: 'staff-session-required' });
    }
    expect(deps.db.prepare('SELECT state FROM help_call').pluck().all()).toEqual(['waiting']);
  });

  test('answer a call that does not exist, or was never answerable, with 404', async () => {
    const { base, staff } = await kiosk(alwaysOpen, { staffConsoleOnline: false });
    await callForHelp(base, { screen: 'home' });
    for (const path of ['/api/help/1/acknowledge', '/api/help/999/clear', '/api/help/abc/clear']) {
      const response = await fetch(`${base}${path}`, { method: 'POST', headers: staff });
      expect(response.status, path).toBe(404);
      expect(await response.json()).toEqual({ ok: false, error: 'unknown-help-call' });
    }
    expect((await fetch(`${base}/api/help/999`)).status).toBe(404);
  });
});
