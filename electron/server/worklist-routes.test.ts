import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkAuditTrail } from '../core/audit/index.ts';
import { Browser } from '../testing/hall-browser.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { disabilitySubsidyAnswers } from '../testing/worklist-requests.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** The demo hall, a resident's disability subsidy application filed by a family member, and staff at the console. */
async function hallWithOneApplication() {
  const kiosk = await startTestKiosk(tempDir());
  stops.push(kiosk.stop);
  const port = Number(new URL(kiosk.base).port);
  const resident = new Browser(port, '127.0.0.1');
  const submitted = await resident.send('POST', '/api/applications', { serviceId: 'disability-subsidies', locale: 'zh-CN', answers: disabilitySubsidyAnswers });
  expect(submitted.status).toBe(201);
  const reference = submitted.body.reference as string;
  const staff = new Browser(port, '127.0.0.1');
  expect((await staff.signIn('246810')).status).toBe(200);
  const audit = (event: string) => kiosk.deps.db.prepare('SELECT actor, fields FROM audit_log WHERE event = ? ORDER BY id').all(event);
  const page = (path: string, browser = staff) =>
    fetch(`${kiosk.base}${path}`, { headers: { Cookie: [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ') } });
  return { kiosk, port, resident, staff, reference, audit, page };
}

describe('/api/worklist', () => {
  test('is for signed-in staff only: no session, no list, detail, form or print', async () => {
    const { resident, reference, page } = await hallWithOneApplication();
    for (const [method, path] of [
      ['GET', '/api/worklist'],
      ['GET', `/api/worklist/${reference}`],
      ['POST', `/api/worklist/${reference}/state`],
      ['POST', `/api/worklist/${reference}/print`],
    ] as const) {
      expect(await resident.send(method, path, method === 'POST' ? { action: 'take' } : undefined), `${method} ${path}`).toMatchObject({ status: 401, body: { error: 'staff-session-required' } });
    }
    const form = await page(`/api/worklist/${reference}/form`, resident);
    expect(form.status).toBe(401);
    expect(await form.text()).not.toContain('李秀英');
  });

  test('lists the request masked, with its department system, and filters it', async () => {
    const { staff, reference } = await hallWithOneApplication();
    const list = await staff.send('GET', '/api/worklist');
    expect(list.status).toBe(200);
    expect(list.body.requests).toEqual([
      expect.objectContaining({ reference, serviceId: 'disability-subsidies', department: 'disabled-persons-federation', status: 'new', maskedIdentity: '4101**********1231' }),
    ]);
    expect(JSON.stringify(list.body)).not.toMatch(/李秀英|410102194603151231/);
    expect((await staff.send('GET', '/api/worklist?today=true&waiting=true&department=disabled-persons-federation')).body.requests).toHaveLength(1);
    expect((await staff.send('GET', '/api/worklist?department=civil-affairs')).body.requests).toEqual([]);
    expect((await staff.send('GET', '/api/worklist?department=nowhere')).status).toBe(400);
  });

  test('opens the full data in the department’s order, and audits who saw which request', async () => {
    const { staff, reference, audit } = await hallWithOneApplication();
    const detail = await staff.send('GET', `/api/worklist/${reference}`);
    expect(detail.status).toBe(200);
    expect(detail.body.fields.slice(0, 2)).toEqual([
      { id: 'disabilityCertificateNumber', label: '残疾人证号', value: '41010219460315123112' },
      { id: 'idNumber', label: '身份证号码', value: '410102194603151231' },
    ]);
    expect(detail.body.fields).toContainEqual({ id: 'agentName', label: '代办人姓名', value: '李秀英' });
    expect(audit('worklist.detail-opened')).toEqual([{ actor: 'demo-admin', fields: JSON.stringify({ reference }) }]);
    expect((await staff.send('GET', '/api/worklist/KA-482913-5')).status).toBe(404);
    expect((await staff.send('GET', '/api/worklist/not-a-reference')).status).toBe(400);
  });

  test('moves the request on, audited and announced to consoles, and refuses a wrong step with a translated 409', async () => {
    const { kiosk, staff, reference, audit, port } = await hallWithOneApplication();
    const console = new Browser(port, '127.0.0.1');
    await console.signIn('246810');
    const live = console.listen('staff');
    expect(await live.answered).toBe(200);

    expect(await staff.send('POST', `/api/worklist/${reference}/state`, { action: 'enter', serial: 'CL-1' })).toMatchObject({
      status: 409,
      body: { ok: false, error: 'not-allowed', status: 'new', message: expect.stringContaining('新提交') as unknown as string },
    });
    expect(await staff.send('POST', `/api/worklist/${reference}/state`, { action: 'take' })).toMatchObject({ status: 200, body: { ok: true, status: 'handling' } });
    expect(await staff.send('POST', `/api/worklist/${reference}/state`, { action: 'enter', serial: 'CL 1', locale: 'en' })).toMatchObject({
      status: 422,
      body: { error: 'invalid-serial', message: expect.stringContaining('letters, digits and dashes') as unknown as string },
    });
    expect(await staff.send('POST', `/api/worklist/${reference}/state`, { action: 'enter', serial: 'CL-2026-0042' })).toMatchObject({ status: 200, body: { status: 'entered' } });
    expect(await staff.send('POST', `/api/worklist/${reference}/state`, { action: 'return', reason: ' ' })).toMatchObject({ status: 422, body: { error: 'reason-missing' } });
    expect(await staff.send('POST', `/api/worklist/${reference}/state`, { action: 'finish' })).toMatchObject({ status: 200, body: { status: 'done' } });
    expect(await staff.send('POST', `/api/worklist/${reference}/state`, { action: 'launch' })).toMatchObject({ status: 400 });

    expect(audit('worklist.state-changed')).toEqual([
      { actor: 'demo-admin', fields: JSON.stringify({ reference, from: 'new', to: 'handling' }) },
      { actor: 'demo-admin', fields: JSON.stringify({ reference, from: 'handling', to: 'entered' }) },
      { actor: 'demo-admin', fields: JSON.stringify({ reference, from: 'entered', to: 'done' }) },
    ]);
    expect(checkAuditTrail(kiosk.deps.audit)).toMatchObject({ ok: true });
    const [item] = (await staff.send('GET', '/api/worklist')).body.requests as Record<string, unknown>[];
    expect(item).toMatchObject({ status: 'done', departmentSerial: 'CL-2026-0042', handledBy: '演示管理员' });
    await expect.poll(() => live.events.filter((event) => event.type === 'worklist').length).toBe(3);
    live.close();
  });

  test('serves the A4 form as a page, and prints it to a PDF in the data directory', { timeout: 60_000 }, async () => {
    const { kiosk, staff, reference, audit, page } = await hallWithOneApplication();
    const form = await page(`/api/worklist/${reference}/form`);
    expect(form.status).toBe(200);
    expect(form.headers.get('content-type')).toContain('text/html');
    expect(form.headers.get('cache-control')).toBe('no-store');
    const html = await form.text();
    for (const expected of ['残疾人两项补贴申请表', reference, '残联', '李秀英', '申请人（或代办人）签字/按手印', '经办工作人员签字']) expect(html).toContain(expected);
    expect((await page('/api/worklist/form.css')).headers.get('content-type')).toContain('text/css');
    expect(audit('worklist.form-opened')).toEqual([{ actor: 'demo-admin', fields: JSON.stringify({ reference }) }]);

    const printed = await staff.send('POST', `/api/worklist/${reference}/print`, { locale: 'zh-CN' });
    if (!existsSync('/usr/bin/chromium')) {
      expect(printed).toMatchObject({ status: 502, body: { error: 'pdf-unavailable' } });
      return;
    }
    expect(printed).toMatchObject({ status: 200, body: { ok: true } });
    const forms = readdirSync(join(kiosk.dataDir, 'forms'));
    expect(forms).toEqual([expect.stringMatching(new RegExp(`-${reference}\\.pdf$`)) as unknown as string]);
    expect(readFileSync(join(kiosk.dataDir, 'forms', forms[0] ?? '')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(audit('worklist.form-printed')).toEqual([{ actor: 'demo-admin', fields: JSON.stringify({ reference }) }]);
  });
});
