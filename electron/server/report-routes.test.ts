import { afterEach, describe, expect, test } from 'vitest';
import { residentAgeBand } from '../core/reports/index.ts';
import { highAgeAllowanceAnswers } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('GET /api/reports/today', () => {
  test("counts the day's tickets, waits, services, age bands and help calls made through the kiosk, aggregates only", async () => {
    const { base, deps, stop } = await startTestKiosk(tempDir());
    stops.push(stop);
    const session = deps.staffSessions.create({ id: 'demo-admin', name: '演示管理员', role: 'admin' }, 'console');
    const staff = { Cookie: `kiosk_staff=${session.token}` };

    for (const [businessType, priority] of [['A', false], ['A', true], ['B', false]] as const) {
      expect((await post(`${base}/api/queue/tickets`, { businessType, priority, locale: 'zh-CN' })).status).toBe(201);
    }
    for (let call = 0; call < 2; call += 1) expect((await post(`${base}/api/queue/windows/window-1/call-next`, {}, staff)).status).toBe(200);
    expect((await post(`${base}/api/applications`, { serviceId: 'high-age-allowance', locale: 'zh-CN', answers: highAgeAllowanceAnswers })).status).toBe(201);
    const feedback = { category: 'policy', anonymous: true, appealText: '想问医保怎么交', consent: true };
    expect((await post(`${base}/api/applications`, { serviceId: 'appeals-feedback', locale: 'zh-CN', answers: feedback })).status).toBe(201);
    // No staff console is online, so these go unanswered; they still count as a need.
    for (const screen of ['home', 'home', 'form:appeals-feedback:appealText']) expect((await post(`${base}/api/help`, { screen })).status).toBe(200);

    const response = await fetch(`${base}/api/reports/today`, { headers: staff });
    expect(response.status).toBe(200);
    const figures = (await response.json()) as Record<string, unknown> & { wait: { median: number | null; p90: number | null } };
    expect(figures.ticketsByType).toEqual([
      { letter: 'A', name: { 'zh-CN': '社保/养老', en: 'Social insurance and pensions' }, count: 2 },
      { letter: 'B', name: { 'zh-CN': '医保', en: 'Medical insurance' }, count: 1 },
      { letter: 'C', name: { 'zh-CN': '民政救助', en: 'Civil affairs and assistance' }, count: 0 },
      { letter: 'D', name: { 'zh-CN': '综合咨询', en: 'General enquiries' }, count: 0 },
    ]);
    // Two tickets were called within the test's few seconds.
    expect(figures.wait.median).toBeGreaterThanOrEqual(0);
    expect(figures.wait.median).toBeLessThan(1);
    expect(figures.wait.p90).toBeGreaterThanOrEqual(figures.wait.median ?? 0);
    expect(figures.servicesUsed).toEqual([
      { serviceId: 'appeals-feedback', count: 1 },
      { serviceId: 'high-age-allowance', count: 1 },
    ]);
    // The demo resident was born in March 1946: 80-89 from March 2026.
    const expectedBand = residentAgeBand(highAgeAllowanceAnswers.idNumber, new Date());
    expect(figures.ageBands).toEqual(['under-60', '60-69', '70-79', '80-89', '90-plus'].map((band) => ({ band, count: band === expectedBand ? 1 : 0 })));
    expect(figures.helpCallsByScreen).toEqual([
      { screen: 'home', count: 2 },
      { screen: null, count: 1 },
    ]);
    expect(Object.keys(figures).sort()).toEqual(['ageBands', 'helpCallsByScreen', 'servicesUsed', 'ticketsByType', 'wait']);
  });

  test('refuses a request without a staff session', async () => {
    const { base, stop } = await startTestKiosk(tempDir());
    stops.push(stop);
    const response = await fetch(`${base}/api/reports/today`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, error: 'staff-session-required' });
  });
});
