import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkAuditTrail } from '../core/audit/index.ts';
import { hashPin, recommendedScryptCost } from '../core/staff/pin.ts';
import { demoConfig } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { Browser } from '../testing/hall-browser.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

const adminPin = '246810';
const staffPin = '1357';
/**
 * Cheap scrypt settings for these tests' hashes and the ones their kiosk makes (deps.pinCost), as the
 * tests are about the routes; pin.test.ts holds the recommended cost, and the tests that need it set it.
 */
const quick = { N: 2 ** 10, r: 8, p: 1 };

/** A hall of its own in a temporary folder (admin changes write to it), with 王芳 as staff besides the demo admin. */
async function hall({ network = 'local', configText, adminPinHash }: { network?: 'local' | 'lan'; configText?: string; adminPinHash?: string } = {}) {
  const dir = tempDir();
  const configFile = join(dir, 'hall.json');
  const config = demoConfig() as { staff: Record<string, string>[]; network: { mode: string } };
  config.network.mode = network;
  if (config.staff[0]) config.staff[0].pinHash = adminPinHash ?? (await hashPin(adminPin, quick));
  config.staff.push({ id: 'wang-fang', name: '王芳', role: 'staff', pinHash: await hashPin(staffPin, quick) });
  writeFileSync(configFile, configText ?? `${JSON.stringify(config, null, 2)}\n`);
  const kiosk = await startTestKiosk(dir, configFile);
  kiosk.deps.pinCost = quick;
  stops.push(kiosk.stop);
  const port = Number(new URL(kiosk.base).port);
  /** A browser on the kiosk itself, or (from 127.0.0.2) another device on the hall network. */
  const browser = (from: 'kiosk' | 'another device' = 'kiosk') => new Browser(port, from === 'kiosk' ? '127.0.0.1' : '127.0.0.2');
  const auditEvents = () => (kiosk.deps.db.prepare('SELECT event FROM audit_log ORDER BY id').pluck().all() as string[]);
  return { ...kiosk, configFile, browser, auditEvents };
}

/** Pairs another device (from 127.0.0.2) with a code staff get at the kiosk, as in front of the kiosk. */
async function pairedDevice(kiosk: Awaited<ReturnType<typeof hall>>, name?: string) {
  const atKiosk = kiosk.browser('kiosk');
  await atKiosk.signIn(adminPin, 'kiosk');
  const { code } = (await atKiosk.send('GET', '/api/staff/pairing-code')).body as { code: string };
  const device = kiosk.browser('another device');
  expect((await device.send('POST', '/api/staff/pair', { code, ...(name ? { name } : {}) })).status).toBe(200);
  return device;
}

const configStaff = (configFile: string) => (JSON.parse(readFileSync(configFile, 'utf8')) as { staff: { id: string; pinHash: string }[] }).staff;

async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    if (check()) return;
    await new Promise((wait) => setTimeout(wait, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('staff sign-in', () => {
  test('signs in by PIN with an HttpOnly, SameSite=Strict cookie for /api, and out again', async () => {
    const { browser, auditEvents } = await hall();
    const console = browser();
    const signedIn = await console.signIn(staffPin);
    expect(signedIn).toMatchObject({ status: 200, body: { ok: true, staff: { id: 'wang-fang', name: '王芳', role: 'staff' } } });
    expect(signedIn.setCookie).toHaveLength(1);
    expect(signedIn.setCookie[0]).toMatch(/^kiosk_staff=[\w-]{43}; Path=\/api; HttpOnly; SameSite=Strict$/);

    expect((await console.send('GET', '/api/staff/me')).body).toEqual({ ok: true, staff: { id: 'wang-fang', name: '王芳', role: 'staff' }, where: 'console' });
    expect((await console.send('DELETE', '/api/staff/session')).body).toEqual({ ok: true });
    expect(await console.send('GET', '/api/staff/me')).toMatchObject({ status: 401, body: { ok: false, error: 'staff-session-required' } });
    expect(auditEvents()).toEqual(['staff.sign-in', 'staff.sign-out']);
  });

  test('after three wrong PINs the device waits, even with the right one, and the log says so', async () => {
    const { browser, log, auditEvents, deps } = await hall();
    const pad = browser();
    for (const attemptsLeft of [2, 1]) {
      expect(await pad.signIn('9999')).toMatchObject({ status: 401, body: { ok: false, error: 'wrong-pin', attemptsLeft } });
    }
    expect(await pad.signIn('9999')).toMatchObject({ status: 423, body: { ok: false, error: 'locked', retryAfterSeconds: 2 } });
    const locked = await pad.signIn(adminPin);
    expect(locked.status).toBe(423);
    expect(locked.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(pad.cookies.has('kiosk_staff')).toBe(false);
    expect(auditEvents()).toEqual([...Array<string>(3).fill('staff.pin-failed'), 'staff.locked-out']);
    expect(log.lines.map((line) => line.event.id)).toContain('staff.locked-out');
    expect(JSON.stringify(deps.db.prepare('SELECT fields FROM audit_log').all())).not.toContain('9999');
  });

  test('refuses a PIN that is not 4 to 8 digits, without counting it', async () => {
    const { browser } = await hall();
    expect(await browser().signIn('12')).toMatchObject({ status: 400, body: { ok: false, error: 'invalid-request' } });
    expect(await browser().signIn('9999')).toMatchObject({ status: 401, body: { attemptsLeft: 2 } });
  });

  test('a resident page, with no staff cookie, is refused every staff route', async () => {
    const { browser } = await hall();
    const resident = browser();
    for (const [method, path] of [
      ['GET', '/api/staff/me'],
      ['GET', '/api/staff/status'],
      ['GET', '/api/staff/pairing-code'],
      ['POST', '/api/staff/kiosk/reset'],
      ['POST', '/api/staff/kiosk/start-scanning'],
      ['GET', '/api/staff/audit'],
      ['GET', '/api/staff/admin'],
      ['POST', '/api/staff/admin/staff'],
      ['PUT', '/api/staff/admin/timing'],
    ] as const) {
      expect(await resident.send(method, path, method === 'GET' ? undefined : {}), `${method} ${path}`).toMatchObject({
        status: 401,
        body: { ok: false, error: 'staff-session-required' },
      });
    }
  });

  test('staff who are not admins are refused the admin routes', async () => {
    const { browser } = await hall();
    const staff = browser();
    await staff.signIn(staffPin);
    expect((await staff.send('GET', '/api/staff/status')).status).toBe(200);
    for (const [method, path] of [
      ['GET', '/api/staff/audit'],
      ['GET', '/api/staff/admin'],
      ['DELETE', '/api/staff/admin/staff/demo-admin'],
      ['PUT', '/api/staff/admin/services'],
    ] as const) {
      expect(await staff.send(method, path, method === 'PUT' ? {} : undefined), `${method} ${path}`).toMatchObject({
        status: 403,
        body: { ok: false, error: 'admin-required' },
      });
    }
  });
});

describe('pairing a hall device in LAN mode', () => {
  test('an unpaired device is refused; after pairing with a code from the kiosk it works', async () => {
    const { browser, auditEvents } = await hall({ network: 'lan' });
    const tablet = browser('another device');
    expect(await tablet.signIn(staffPin)).toMatchObject({ status: 403, body: { ok: false, error: 'device-not-paired' } });
    expect((await tablet.send('GET', '/api/staff/status')).status).toBe(403);

    const kiosk = browser('kiosk');
    await kiosk.signIn(adminPin, 'kiosk');
    const issued = await kiosk.send('GET', '/api/staff/pairing-code');
    expect(issued.body).toEqual({ code: expect.stringMatching(/^\d{6}$/), expiresAt: expect.any(String) });

    const paired = await tablet.send('POST', '/api/staff/pair', { code: issued.body.code });
    expect(paired).toMatchObject({ status: 200, body: { ok: true } });
    expect(paired.setCookie[0]).toMatch(/^kiosk_device=[\w-]{43}; Max-Age=34560000; Path=\/api; HttpOnly; SameSite=Strict$/);
    expect(await tablet.signIn(staffPin)).toMatchObject({ status: 200, body: { ok: true } });
    expect((await tablet.send('GET', '/api/staff/status')).status).toBe(200);
    expect(auditEvents()).toEqual(['staff.sign-in', 'device.paired', 'staff.sign-in']);

    // Another unpaired device cannot reuse the code.
    expect(await browser('another device').send('POST', '/api/staff/pair', { code: issued.body.code })).toMatchObject({
      status: 400,
      body: { ok: false, error: 'wrong-code' },
    });
  });

  test('a wrong code fails, and a code is only given to staff signed in at the kiosk itself', async () => {
    const { browser } = await hall({ network: 'lan' });
    const kiosk = browser('kiosk');
    await kiosk.signIn(adminPin, 'console');
    expect(await kiosk.send('GET', '/api/staff/pairing-code')).toMatchObject({ status: 403, body: { error: 'kiosk-session-required' } });
    await kiosk.signIn(adminPin, 'kiosk');
    const { code } = (await kiosk.send('GET', '/api/staff/pairing-code')).body as { code: string };
    const wrong = code === '000000' ? '000001' : '000000';
    const tablet = browser('another device');
    for (const guess of [wrong, '12345', 'abcdef']) {
      expect(await tablet.send('POST', '/api/staff/pair', { code: guess }), guess).toMatchObject({ status: 400, body: { ok: false, error: 'wrong-code' } });
    }
    expect(tablet.cookies.has('kiosk_device')).toBe(false);

    // A paired device whose staff claim to be "at the kiosk" still gets no code.
    expect((await tablet.send('POST', '/api/staff/pair', { code })).status).toBe(200);
    await tablet.signIn(adminPin, 'kiosk');
    expect(await tablet.send('GET', '/api/staff/pairing-code')).toMatchObject({ status: 403, body: { error: 'kiosk-session-required' } });
  });

  test('an unpaired device reaches no API but pairing: not the catalog, the board, applications or audio', async () => {
    const { browser } = await hall({ network: 'lan' });
    const stranger = browser('another device');
    for (const [method, path] of [
      ['GET', '/api/kiosk'],
      ['GET', '/api/catalog'],
      ['GET', '/api/queue/board'],
      ['POST', '/api/queue/tickets'],
      ['POST', '/api/applications'],
      ['POST', '/api/help'],
      ['GET', '/api/audio/clips/zh-CN/bar.home'],
    ] as const) {
      expect(await stranger.send(method, path, method === 'POST' ? {} : undefined), `${method} ${path}`).toMatchObject({
        status: 403,
        body: { ok: false, error: 'device-not-paired' },
      });
    }
    expect(await stranger.send('POST', '/api/staff/pair', { code: '000000' })).toMatchObject({ status: 400, body: { error: 'wrong-code' } });
    // The kiosk's own browser is not asked to pair.
    expect((await browser().send('GET', '/api/queue/board')).status).toBe(200);
  });

  test('the live events refuse an unpaired device, for the board too', async () => {
    const { browser } = await hall({ network: 'lan' });
    const board = browser('another device').listen('board');
    expect(await board.answered).toBe(403);
  });

  test('in local mode too, should the host be opened to the network by mistake', async () => {
    const { browser } = await hall({ network: 'local' });
    const other = browser('another device');
    expect(await other.signIn(staffPin)).toMatchObject({ status: 403, body: { error: 'device-not-paired' } });
    expect(await other.listen('board').answered).toBe(403);
    expect((await browser('kiosk').signIn(staffPin)).status).toBe(200);
  });
});

describe('sign-in from several devices (issue #16.7)', () => {
  test('five wrong PINs from the paired hall TV do not stop the right PIN at the kiosk', async () => {
    const kiosk = await hall({ network: 'lan' });
    const tv = await pairedDevice(kiosk, '大厅电视');
    const answers = [];
    for (let wrong = 0; wrong < 5; wrong += 1) answers.push((await tv.signIn('9999')).status);
    expect(answers).toEqual([401, 401, 423, 423, 423]);
    expect((await tv.signIn(staffPin)).status).toBe(423);
    expect(await kiosk.browser('kiosk').signIn(adminPin, 'kiosk')).toMatchObject({ status: 200, body: { ok: true } });
    expect(kiosk.deps.db.prepare("SELECT fields FROM audit_log WHERE event = 'staff.locked-out'").pluck().get()).toContain('"device":"device:1"');
  });

  test('a PIN hash at the older cost still signs in, and is renewed at today’s cost in the hall’s file', async () => {
    const older = await hashPin(adminPin, { N: 2 ** 15, r: 8, p: 1 });
    const { browser, configFile, deps, auditEvents } = await hall({ adminPinHash: older });
    deps.pinCost = recommendedScryptCost;
    expect((await browser().signIn(adminPin)).status).toBe(200);
    const [renewed] = configStaff(configFile);
    expect(renewed?.pinHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(deps.config.current().config.staff[0]?.pinHash).toBe(renewed?.pinHash);
    expect(auditEvents()).toEqual(['staff.sign-in', 'staff.pin-rehashed']);
    expect(JSON.stringify(deps.db.prepare('SELECT fields FROM audit_log').all())).not.toContain(renewed?.pinHash ?? '-');
    expect((await browser().signIn(adminPin)).status).toBe(200);
    expect(auditEvents()).toEqual(['staff.sign-in', 'staff.pin-rehashed', 'staff.sign-in']);
  });
});

describe('paired devices in the console (issue #16.8)', () => {
  test('admins list the paired devices, with name, who paired them, and when and where each was last seen; staff may not', async () => {
    const kiosk = await hall({ network: 'lan' });
    const tv = await pairedDevice(kiosk, '大厅电视');
    expect((await tv.send('GET', '/api/queue/board')).status).toBe(200);
    const admin = kiosk.browser();
    await admin.signIn(adminPin);
    expect((await admin.send('GET', '/api/staff/admin/devices')).body).toEqual({
      devices: [
        {
          id: 1,
          name: '大厅电视',
          pairedAt: expect.any(String),
          pairedBy: 'demo-admin',
          lastSeenAt: expect.any(String),
          lastAddress: '127.0.0.2',
          expired: false,
        },
      ],
    });
    const staff = kiosk.browser();
    await staff.signIn(staffPin);
    expect(await staff.send('GET', '/api/staff/admin/devices')).toMatchObject({ status: 403, body: { error: 'admin-required' } });
    expect(await staff.send('POST', '/api/staff/admin/devices/1/revoke')).toMatchObject({ status: 403, body: { error: 'admin-required' } });
    expect(await kiosk.browser().send('POST', '/api/staff/admin/devices/1/revoke')).toMatchObject({ status: 401 });
  });

  test('an admin revokes a device: audited, and its next request is refused, so it must pair again', async () => {
    const kiosk = await hall({ network: 'lan' });
    const counterPc = await pairedDevice(kiosk, '柜台电脑');
    await counterPc.signIn(staffPin);
    expect((await counterPc.send('GET', '/api/staff/me')).status).toBe(200);
    const admin = kiosk.browser();
    await admin.signIn(adminPin);
    expect(await admin.send('POST', '/api/staff/admin/devices/1/revoke')).toMatchObject({ status: 200, body: { ok: true } });
    expect(await counterPc.send('GET', '/api/staff/me')).toMatchObject({ status: 403, body: { ok: false, error: 'device-not-paired' } });
    expect(await counterPc.send('GET', '/api/queue/board')).toMatchObject({ status: 403, body: { error: 'device-not-paired' } });
    expect((await admin.send('GET', '/api/staff/admin/devices')).body).toEqual({ devices: [] });
    expect(kiosk.deps.db.prepare("SELECT actor, fields FROM audit_log WHERE event = 'device.revoked'").get()).toEqual({
      actor: 'demo-admin',
      fields: JSON.stringify({ deviceId: 1 }),
    });
    expect(await admin.send('POST', '/api/staff/admin/devices/1/revoke')).toMatchObject({ status: 404, body: { ok: false, error: 'unknown-device' } });
    expect(await admin.send('POST', '/api/staff/admin/devices/x/revoke')).toMatchObject({ status: 400, body: { error: 'invalid-request' } });
  });

  test('a device name no person types is refused, and the code stays usable', async () => {
    const kiosk = await hall({ network: 'lan' });
    const atKiosk = kiosk.browser('kiosk');
    await atKiosk.signIn(adminPin, 'kiosk');
    const { code } = (await atKiosk.send('GET', '/api/staff/pairing-code')).body as { code: string };
    const device = kiosk.browser('another device');
    for (const name of ['柜台\u0000电脑', '大厅\uFEFF电视', 'x'.repeat(31)]) {
      expect(await device.send('POST', '/api/staff/pair', { code, name }), JSON.stringify(name)).toMatchObject({ status: 400, body: { error: 'invalid-request' } });
    }
    expect((await device.send('POST', '/api/staff/pair', { code, name: '  大厅电视 ' })).status).toBe(200);
    const admin = kiosk.browser();
    await admin.signIn(adminPin);
    expect((await admin.send('GET', '/api/staff/admin/devices')).body.devices).toMatchObject([{ name: '大厅电视' }]);
  });
});

describe('live events for staff', () => {
  test('a staff page needs a session; it counts as a console until it signs out', async () => {
    const { browser } = await hall();
    const console = browser();
    expect(await console.listen('staff').answered).toBe(401);

    await console.signIn(staffPin);
    const live = console.listen('staff');
    expect(await live.answered).toBe(200);
    await eventually(() => live.events.length > 0, 'hello');
    expect((await console.send('GET', '/api/staff/status')).body.staffConsolesOnline).toBe(1);

    const admin = browser();
    await admin.signIn(adminPin);
    await console.send('DELETE', '/api/staff/session');
    await eventually(live.hasEnded, 'the stream to end');
    expect((await admin.send('GET', '/api/staff/status')).body.staffConsolesOnline).toBe(0);
  });

  test('staff reset the kiosk or start its switch scanning; only kiosk pages hear it', async () => {
    const { browser, auditEvents } = await hall();
    const kioskPage = browser().listen('kiosk');
    const boardPage = browser().listen('board');
    await Promise.all([kioskPage.answered, boardPage.answered]);
    const staff = browser();
    await staff.signIn(staffPin);
    expect((await staff.send('POST', '/api/staff/kiosk/reset')).body).toEqual({ ok: true });
    expect((await staff.send('POST', '/api/staff/kiosk/start-scanning')).body).toEqual({ ok: true });
    await eventually(() => kioskPage.events.length === 3, 'two commands');
    expect(kioskPage.events.slice(1)).toEqual([
      { type: 'kiosk', command: 'reset' },
      { type: 'kiosk', command: 'start-scanning' },
    ]);
    expect(boardPage.events.map((event) => event.type)).toEqual(['hello']);
    expect(auditEvents()).toEqual(['staff.sign-in', 'session.reset']);
    kioskPage.close();
    boardPage.close();
  });
});

describe('the admin’s changes', () => {
  async function signedInAdmin(options?: Parameters<typeof hall>[0]) {
    const kiosk = await hall(options);
    const admin = kiosk.browser();
    await admin.signIn(adminPin);
    return { ...kiosk, admin };
  }

  const fileOf = (configFile: string) => JSON.parse(readFileSync(configFile, 'utf8')) as { staff: { id: string; pinHash: string }[] };

  test('lists staff without PIN hashes, the services and the timing', async () => {
    const { admin } = await signedInAdmin();
    const { body } = await admin.send('GET', '/api/staff/admin');
    expect(body.staff).toEqual([
      { id: 'demo-admin', name: '演示管理员', role: 'admin' },
      { id: 'wang-fang', name: '王芳', role: 'staff' },
    ]);
    expect(body.services.available).toContainEqual({ id: 'high-age-allowance', name: { 'zh-CN': '高龄津贴申请', en: expect.any(String) } });
    expect(body.services.enabled).toContain('high-age-allowance');
    expect(body.timing).toEqual({ idleWarningAfterSeconds: 120, idleCountdownSeconds: 30, idleExtensions: 10, doubleTapGuardMs: 500 });
  });

  test('adds a member to the hall’s file, who can then sign in; audited without the PIN, and pages told', async () => {
    const { admin, browser, configFile, deps, log } = await signedInAdmin();
    const kioskPage = browser().listen('kiosk');
    await kioskPage.answered;
    const added = await admin.send('POST', '/api/staff/admin/staff', { name: '李明', role: 'staff', pin: '8642' });
    expect(added).toMatchObject({ status: 201, body: { ok: true, id: 'li-ming' } });

    const text = readFileSync(configFile, 'utf8');
    expect(text.startsWith('{\n  "$schema": "./schema.json",\n  "hall": {\n')).toBe(true);
    expect(fileOf(configFile).staff.map((each) => each.id)).toEqual(['demo-admin', 'wang-fang', 'li-ming']);
    expect(deps.config.current().config.staff.map((each) => each.id)).toEqual(['demo-admin', 'wang-fang', 'li-ming']);
    expect(await browser().signIn('8642')).toMatchObject({ status: 200, body: { staff: { id: 'li-ming', name: '李明' } } });

    const [changed] = deps.db.prepare("SELECT actor, fields FROM audit_log WHERE event = 'config.changed'").all() as { actor: string; fields: string }[];
    expect(changed).toEqual({ actor: 'demo-admin', fields: JSON.stringify({ change: 'staff-added', staffId: 'li-ming', role: 'staff' }) });
    expect(JSON.stringify(log.lines)).not.toContain('8642');
    expect(JSON.stringify(log.lines)).not.toContain('scrypt$');
    await eventually(() => kioskPage.events.some((event) => event.type === 'config'), 'the config event');
    expect(checkAuditTrail(deps.audit)).toMatchObject({ ok: true });
    kioskPage.close();
  });

  test('refuses a PIN someone already has, and a PIN that is not 4 to 8 digits', async () => {
    const { admin, configFile } = await signedInAdmin();
    const before = readFileSync(configFile, 'utf8');
    expect(await admin.send('POST', '/api/staff/admin/staff', { name: '李明', role: 'staff', pin: staffPin })).toMatchObject({
      status: 422,
      body: { ok: false, error: 'invalid-change', problems: [{ kind: 'pinInUse', path: 'pin' }] },
    });
    expect(await admin.send('POST', '/api/staff/admin/staff', { name: '李明', role: 'staff', pin: '12' })).toMatchObject({
      status: 422,
      body: { ok: false, error: 'invalid-change', problems: [{ kind: 'badValue', path: 'pin' }] },
    });
    expect(readFileSync(configFile, 'utf8')).toBe(before);
  });

  test('removing a member signs them out everywhere; the last admin stays', async () => {
    const { admin, browser, configFile } = await signedInAdmin();
    const wangFang = browser();
    await wangFang.signIn(staffPin);
    expect((await admin.send('DELETE', '/api/staff/admin/staff/wang-fang')).body).toEqual({ ok: true });
    expect((await wangFang.send('GET', '/api/staff/me')).status).toBe(401);
    expect(await browser().signIn(staffPin)).toMatchObject({ status: 401, body: { error: 'wrong-pin' } });
    expect(fileOf(configFile).staff.map((each) => each.id)).toEqual(['demo-admin']);

    expect(await admin.send('DELETE', '/api/staff/admin/staff/demo-admin')).toMatchObject({
      status: 422,
      body: { ok: false, error: 'invalid-change', problems: [{ kind: 'lastAdmin', path: 'staff' }] },
    });
    expect(await admin.send('POST', '/api/staff/admin/staff/demo-admin/role', { role: 'staff' })).toMatchObject({
      status: 422,
      body: { problems: [{ kind: 'lastAdmin', path: 'staff' }] },
    });
    expect(await admin.send('DELETE', '/api/staff/admin/staff/nobody')).toMatchObject({ status: 404, body: { ok: false, error: 'unknown-staff' } });
  });

  test('a new role or PIN signs the member out; the new PIN works and the old one does not', async () => {
    const { admin, browser, configFile, deps } = await signedInAdmin();
    const wangFang = browser();
    await wangFang.signIn(staffPin);
    expect((await admin.send('POST', '/api/staff/admin/staff/wang-fang/role', { role: 'admin' })).body).toEqual({ ok: true });
    expect((await wangFang.send('GET', '/api/staff/me')).status).toBe(401);
    expect((await wangFang.signIn(staffPin)).body.staff.role).toBe('admin');

    // The new PIN is hashed at the kiosk's own cost.
    deps.pinCost = recommendedScryptCost;
    expect((await admin.send('POST', '/api/staff/admin/staff/wang-fang/pin', { pin: '97531' })).body).toEqual({ ok: true });
    expect((await wangFang.send('GET', '/api/staff/me')).status).toBe(401);
    expect((await browser().signIn(staffPin)).status).toBe(401);
    expect((await browser().signIn('97531')).body.staff.id).toBe('wang-fang');
    expect(fileOf(configFile).staff.find((each) => each.id === 'wang-fang')?.pinHash).toMatch(/^scrypt\$131072\$/);
  });

  test('switches services on and off, checked against the catalog', async () => {
    const { admin, base, deps } = await signedInAdmin();
    expect((await admin.send('PUT', '/api/staff/admin/services', { enabled: ['queue-ticket', 'high-age-allowance'] })).body).toEqual({ ok: true });
    const catalog = (await (await fetch(`${base}/api/catalog`)).json()) as { services: { id: string }[] };
    expect(catalog.services.map((service) => service.id)).toEqual(['queue-ticket', 'high-age-allowance']);
    const audit = deps.db.prepare("SELECT fields FROM audit_log WHERE event = 'config.changed'").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ change: 'services', switchedOn: [], switchedOff: expect.arrayContaining(['appeals-feedback', 'pension-certification']) });

    expect(await admin.send('PUT', '/api/staff/admin/services', { enabled: ['queue-ticket', 'fishing-licence'] })).toMatchObject({
      status: 422,
      body: { ok: false, error: 'invalid-change', problems: [{ kind: 'unknownService', path: 'services.enabled[1]', service: 'fishing-licence' }] },
    });
  });

  test('changes the timing, within its limits', async () => {
    const { admin, base, deps } = await signedInAdmin();
    const timing = { idleWarningAfterSeconds: 180, idleCountdownSeconds: 30, idleExtensions: 12, doubleTapGuardMs: 400 };
    expect((await admin.send('PUT', '/api/staff/admin/timing', timing)).body).toEqual({ ok: true });
    const settings = (await (await fetch(`${base}/api/kiosk`)).json()) as { timing: unknown };
    expect(settings.timing).toEqual(timing);
    const audit = deps.db.prepare("SELECT fields FROM audit_log WHERE event = 'config.changed'").pluck().get() as string;
    expect(JSON.parse(audit)).toEqual({
      change: 'timing',
      changed: {
        idleWarningAfterSeconds: { from: 120, to: 180 },
        idleExtensions: { from: 10, to: 12 },
        doubleTapGuardMs: { from: 500, to: 400 },
      },
    });

    const tooShort = await admin.send('PUT', '/api/staff/admin/timing', { ...timing, idleWarningAfterSeconds: 5, idleExtensions: 'many' });
    expect(tooShort).toMatchObject({
      status: 422,
      body: {
        ok: false,
        error: 'invalid-change',
        problems: [
          { kind: 'badValue', path: 'timing.idleWarningAfterSeconds' },
          { kind: 'wrongType', path: 'timing.idleExtensions' },
        ],
      },
    });
  });

  test('changes nothing while the kiosk runs on a fallback config', async () => {
    const { admin, configFile } = await signedInAdmin({ configText: '{ "hall": ' });
    expect(await admin.send('PUT', '/api/staff/admin/timing', {})).toMatchObject({ status: 409, body: { ok: false, error: 'config-not-from-file' } });
    expect(readFileSync(configFile, 'utf8')).toBe('{ "hall": ');
  });

  test('admins read the audit log, newest first', async () => {
    const { admin } = await signedInAdmin();
    const { body } = await admin.send('GET', '/api/staff/audit');
    expect(body.rows).toEqual([{ id: 1, at: expect.any(String), event: 'staff.sign-in', actor: 'demo-admin', fields: { where: 'console', device: 'kiosk' } }]);
  });
});
