import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { addDays } from '../core/appointments/calendar.ts';
import { hallDay } from '../core/queue/hall-day.ts';
import { demoConfig } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

const tomorrow = addDays(hallDay(new Date()), 1);
const dayAfter = addDays(tomorrow, 1);

/** A hall open every day, with one certificate place each morning, so the last place is easy to reach. */
async function kiosk() {
  const dir = tempDir();
  const configFile = join(dir, 'hall.json');
  const config = demoConfig();
  config.appointments = {
    workingDays: [1, 2, 3, 4, 5, 6, 7],
    closedDays: [],
    daysAhead: 14,
    services: { 'certificate-appointment': { morning: 1, afternoon: 0 }, 'home-visit': { morning: 2, afternoon: 2 } },
  };
  writeFileSync(configFile, JSON.stringify(config));
  const started = await startTestKiosk(dir, configFile);
  stops.push(started.stop);
  expect(started.deps.config.current().source).toBe('file');
  const staff = started.deps.staffSessions.create({ id: 'demo-admin', name: '演示管理员', role: 'admin' }, 'console');
  const asStaff = { Cookie: `kiosk_staff=${staff.token}` };
  return { ...started, asStaff };
}

const certificateAnswers = (slot: string) => ({
  applicantRelation: 'self',
  idNumber: '410102194603151231',
  certificateType: 'residence',
  purpose: '办低保要用',
  contactMobile: '13812345678',
  visitSlot: slot,
  consent: true,
});

const homeVisitAnswers = (slot: string) => ({
  applicantRelation: 'self',
  idNumber: '410102194603151231',
  visitReason: 'aged',
  serviceNeeded: 'pension-certification',
  address: '槐树湾村三组12号',
  contactMobile: '13812345678',
  visitSlot: slot,
  consent: true,
});

function apply(base: string, serviceId: string, answers: Record<string, unknown>) {
  return fetch(`${base}/api/applications`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ serviceId, locale: 'zh-CN', answers }) });
}

async function json(response: Response) {
  return (await response.json()) as Record<string, unknown>;
}

describe('booking at submit', () => {
  test('two residents sending for the last place at once: one has it, the other is told the next free half-day and nothing of theirs is saved', async () => {
    const { base, deps } = await kiosk();
    const [first, second] = await Promise.all([
      apply(base, 'certificate-appointment', certificateAnswers(`${tomorrow}/morning`)),
      apply(base, 'certificate-appointment', certificateAnswers(`${tomorrow}/morning`)),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    const refused = first.status === 409 ? first : second;
    expect(await json(refused)).toEqual({ ok: false, error: 'slot-taken', next: { date: dayAfter, halfDay: 'morning' } });
    expect(deps.db.prepare('SELECT count(*) AS n FROM request').get()).toEqual({ n: 1 });
    expect(deps.db.prepare(`SELECT count(*) AS n FROM appointment WHERE state = 'booked'`).get()).toEqual({ n: 1 });
  });

  test('the receipt shows the booked half-day', async () => {
    const { base, dataDir } = await kiosk();
    expect((await apply(base, 'certificate-appointment', certificateAnswers(`${tomorrow}/morning`))).status).toBe(201);
    const [file] = readdirSync(join(dataDir, 'receipts'));
    const receipt = readFileSync(join(dataDir, 'receipts', file ?? ''), 'utf8');
    expect(receipt).toContain('预约时间');
    expect(receipt).toMatch(/\d+月\d+日 星期. 上午/);
  });

  test('a half-day the hall does not offer is refused like a taken one', async () => {
    const { base } = await kiosk();
    expect((await apply(base, 'certificate-appointment', certificateAnswers(`${tomorrow}/afternoon`))).status).toBe(409);
  });
});

describe('GET /api/appointments/slots', () => {
  test('shows the kiosk the places left and the next free half-day, with nothing about who booked', async () => {
    const { base } = await kiosk();
    await apply(base, 'certificate-appointment', certificateAnswers(`${tomorrow}/morning`));
    const response = await fetch(`${base}/api/appointments/slots?serviceId=certificate-appointment`);
    const body = await json(response);
    expect(body).toMatchObject({
      ok: true,
      days: [{ date: tomorrow, full: true, halfDays: [{ halfDay: 'morning', free: 0 }] }, { date: dayAfter, full: false }, {}, {}, {}],
      next: { date: dayAfter, halfDay: 'morning' },
    });
    expect(JSON.stringify(body)).not.toMatch(/4101|1381|reference/);
  });

  test('says when a service takes no appointments', async () => {
    const { base } = await kiosk();
    expect((await fetch(`${base}/api/appointments/slots?serviceId=pension-certification`)).status).toBe(404);
  });
});

describe('staff routes', () => {
  test.each([
    ['GET', '/api/appointments/bookings'],
    ['GET', '/api/appointments/home-visits'],
    ['POST', '/api/appointments/1/cancel'],
    ['POST', '/api/appointments/1/move'],
  ])('%s %s needs a staff session', async (method, path) => {
    const { base } = await kiosk();
    expect((await fetch(`${base}${path}`, { method })).status).toBe(401);
  });

  test("list the day's bookings masked, cancel one (audited) and move another", async () => {
    const { base, asStaff, deps } = await kiosk();
    await apply(base, 'certificate-appointment', certificateAnswers(`${tomorrow}/morning`));
    await apply(base, 'home-visit', homeVisitAnswers(`${tomorrow}/afternoon`));
    const list = await json(await fetch(`${base}/api/appointments/bookings?date=${tomorrow}`, { headers: asStaff }));
    const bookings = list.bookings as { id: number; serviceId: string; halfDay: string; who: string; reference: string }[];
    expect(bookings.map(({ serviceId, halfDay, who }) => ({ serviceId, halfDay, who }))).toEqual([
      { serviceId: 'certificate-appointment', halfDay: 'morning', who: '4101**********1231' },
      { serviceId: 'home-visit', halfDay: 'afternoon', who: '4101**********1231' },
    ]);

    const [certificate, visit] = bookings;
    expect((await fetch(`${base}/api/appointments/${certificate?.id}/cancel`, { method: 'POST', headers: asStaff })).status).toBe(200);
    const move = await fetch(`${base}/api/appointments/${visit?.id}/move`, {
      method: 'POST',
      headers: { ...asStaff, 'Content-Type': 'application/json' },
      body: JSON.stringify({ date: dayAfter, halfDay: 'morning' }),
    });
    expect(move.status).toBe(200);
    const events = deps.db.prepare(`SELECT event, actor FROM audit_log WHERE event LIKE 'appointment.%' ORDER BY id`).all();
    expect(events).toEqual([
      { event: 'appointment.cancelled', actor: 'demo-admin' },
      { event: 'appointment.moved', actor: 'demo-admin' },
    ]);
    expect(((await json(await fetch(`${base}/api/appointments/bookings?date=${tomorrow}`, { headers: asStaff }))).bookings as unknown[]).length).toBe(0);
  });

  test('the home-visit list opens the address for signed-in staff only, and the opening is audited', async () => {
    const { base, asStaff, deps } = await kiosk();
    await apply(base, 'home-visit', homeVisitAnswers(`${tomorrow}/morning`));
    const body = await json(await fetch(`${base}/api/appointments/home-visits?from=${tomorrow}&to=${dayAfter}`, { headers: asStaff }));
    expect(body.visits).toEqual([
      expect.objectContaining({ date: tomorrow, halfDay: 'morning', who: '4101**********1231', address: '槐树湾村三组12号', serviceNeeded: 'pension-certification', visitReason: 'aged' }),
    ]);
    expect(deps.db.prepare(`SELECT actor, fields FROM audit_log WHERE event = 'appointment.home-visits-opened'`).get()).toEqual({
      actor: 'demo-admin',
      fields: JSON.stringify({ from: tomorrow, to: dayAfter, count: 1 }),
    });
  });
});
