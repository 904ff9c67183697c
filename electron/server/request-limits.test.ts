import Database from 'better-sqlite3';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openStaffNotices } from '../core/staff/notices.ts';
import { backupDatabase, backupsDirFor } from '../store/backup.ts';
import { demoConfig } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { Browser } from '../testing/hall-browser.ts';
import { longestSpokenText } from './audio-routes.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

const adminPin = '246810';

/** A LAN hall with tiny limits, so a test meets them in a few requests. */
async function hall() {
  const dir = tempDir();
  const configFile = join(dir, 'hall.json');
  const config = demoConfig() as { network: { mode: string }; limits?: unknown };
  config.network.mode = 'lan';
  config.limits = { tickets: { burst: 2, perMinute: 1 }, helpCalls: { burst: 1, perMinute: 1 }, speechCharacters: { burst: 20, perMinute: 1 } };
  writeFileSync(configFile, JSON.stringify(config));
  const kiosk = await startTestKiosk(dir, configFile);
  stops.push(kiosk.stop);
  const port = Number(new URL(kiosk.base).port);
  /** Pairs another device (from 127.0.0.2) with a code from staff signed in at the kiosk, as staff-routes.test.ts does. */
  const pairedDevice = async () => {
    const staffAtKiosk = new Browser(port, '127.0.0.1');
    await staffAtKiosk.signIn(adminPin, 'kiosk');
    const { code } = (await staffAtKiosk.send('GET', '/api/staff/pairing-code')).body as { code: string };
    const device = new Browser(port, '127.0.0.2');
    expect((await device.send('POST', '/api/staff/pair', { code })).status).toBe(200);
    return device;
  };
  const post = (path: string, body: unknown) =>
    fetch(`${kiosk.base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const notices = () => openStaffNotices(kiosk.deps.db).filter((notice) => notice.kind === 'rate-limited').map((notice) => notice.detail);
  return { ...kiosk, port, pairedDevice, post, notices };
}

const ticket = { businessType: 'A', priority: false, locale: 'zh-CN' };

describe('rate limits per client (issue #16.4)', () => {
  test('tickets: the kiosk and each paired device have their own allowance; over it, 429 with Retry-After, and staff are told once', async () => {
    const { post, pairedDevice, notices, log } = await hall();
    expect([(await post('/api/queue/tickets', ticket)).status, (await post('/api/queue/tickets', ticket)).status]).toEqual([201, 201]);
    const refused = await post('/api/queue/tickets', ticket);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(50);
    expect(await refused.json()).toEqual({ ok: false, error: 'too-many-requests', retryAfterSeconds: Number(refused.headers.get('Retry-After')) });
    expect((await post('/api/queue/tickets', ticket)).status).toBe(429);
    expect(notices()).toEqual([{ limit: 'tickets', from: 'kiosk' }]);
    expect(log.lines.filter((line) => line.event.id === 'request.rate-limited')).toHaveLength(1);

    const tablet = await pairedDevice();
    const fromTablet = [];
    for (let each = 0; each < 4; each += 1) fromTablet.push((await tablet.send('POST', '/api/queue/tickets', ticket)).status);
    expect(fromTablet).toEqual([201, 201, 429, 429]);
    expect(notices()).toEqual([{ limit: 'tickets', from: 'paired-device' }, { limit: 'tickets', from: 'kiosk' }]);
  });

  test('tickets taken by signed-in staff are not limited', async () => {
    const { port } = await hall();
    const counter = new Browser(port, '127.0.0.1');
    await counter.signIn(adminPin, 'console');
    const statuses = [];
    for (let each = 0; each < 4; each += 1) statuses.push((await counter.send('POST', '/api/queue/tickets', ticket)).status);
    expect(statuses).toEqual([201, 201, 201, 201]);
  });

  test('help calls: past the allowance, 429 and one notice, which an open console hears at once; a malformed call costs nothing', async () => {
    const { post, notices, port } = await hall();
    const counterPc = new Browser(port, '127.0.0.1');
    await counterPc.signIn(adminPin, 'console');
    const stream = counterPc.listen('staff');
    expect(await stream.answered).toBe(200);
    expect((await post('/api/help', { screen: 'home', extra: 1 })).status).toBe(400);
    expect((await post('/api/help', { screen: 'home' })).status).toBeLessThan(300);
    const refused = await post('/api/help', { screen: 'home' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect((await post('/api/help', { screen: 'home' })).status).toBe(429);
    expect(notices()).toEqual([{ limit: 'helpCalls', from: 'kiosk' }]);
    // The kiosk tells the resident that staff know: the console is told now, once, not at its next reload.
    await expect.poll(() => stream.events.filter((event) => event.type === 'notices').length).toBe(1);
    stream.close();
  });
});

describe('POST /api/audio/speak limits (issue #16.4)', () => {
  test('refuses a text longer than the longest the screens speak, with the error envelope', async () => {
    const { post } = await hall();
    const refused = await post('/api/audio/speak', { locale: 'en', text: 'a'.repeat(longestSpokenText + 1) });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ ok: false, error: 'invalid-request', message: expect.any(String) as unknown });
  });

  test('charges the characters it synthesises: over the allowance, 429 with Retry-After, while cached clips still play', async () => {
    const { post, notices } = await hall();
    expect((await post('/api/audio/speak', { locale: 'zh-CN', text: '约 15 分钟' })).status).toBe(200);
    expect((await post('/api/audio/speak', { locale: 'zh-CN', text: '410102', digitByDigit: true, private: true })).status).toBe(200);
    const refused = await post('/api/audio/speak', { locale: 'zh-CN', text: '请到三号窗口办理' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ ok: false, error: 'too-many-requests' });
    // The check page's long reading (over the old 300) is let through the length check, and refused only for the rate.
    expect((await post('/api/audio/speak', { locale: 'en', text: 'Reference one. '.repeat(30), private: true })).status).toBe(429);
    expect((await post('/api/audio/speak', { locale: 'zh-CN', text: '约 15 分钟' })).status).toBe(200);
    expect(notices()).toEqual([{ limit: 'speechCharacters', from: 'kiosk' }]);
  });

  test("run-time clips stay out of the hourly backups", async () => {
    const { post, deps, dataDir } = await hall();
    expect((await post('/api/audio/speak', { locale: 'zh-CN', text: 'A012', digitByDigit: true })).status).toBe(200);
    const backup = await backupDatabase(deps.db, backupsDirFor(join(dataDir, 'kiosk.db')));
    expect(readdirSync(backupsDirFor(join(dataDir, 'kiosk.db')))).toEqual([expect.stringMatching(/^kiosk-.*\.db$/) as unknown]);
    const copy = new Database(backup.file, { readonly: true });
    const tables = copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    const runTimeClips = copy.prepare("SELECT count(*) FROM voice_clip WHERE string_id LIKE 'dynamic%'").pluck().get();
    copy.close();
    expect(tables).not.toContain('run_time_clip');
    expect(runTimeClips).toBe(0);
    // The clip is kept, in the cache file beside the database.
    expect(deps.voiceCache.db.prepare('SELECT count(*) FROM run_time_clip').pluck().get()).toBe(1);
  });
});
