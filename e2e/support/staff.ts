import { expect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';

/** The demo hall's admin (kiosk-config/default.json): 演示管理员, PIN 246810. */
export const demoAdminPin = '246810';

/** Signs in at /staff as staff do: the PIN, then 登录, and waits for the console. */
export async function signInToConsole(page: Page, pin = demoAdminPin): Promise<void> {
  await page.goto('/staff');
  await page.getByRole('textbox', { name: '登录密码' }).fill(pin);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '排队叫号' })).toBeVisible();
}

/** A staff session for calls made straight to the API (the cookie stays in this request context). */
export async function signInByApi(request: APIRequestContext, pin = demoAdminPin): Promise<void> {
  const response = await request.post('/api/staff/session', { data: { pin, where: 'console' } });
  expect(response.status()).toBe(200);
}

/**
 * Calls tickets left waiting by earlier specs at a window until nobody waits, so the next ticket
 * taken is the next one called. `request` must hold a staff session (page.request after signing in).
 */
export async function callEveryoneWaiting(request: APIRequestContext, windowId = 'window-1'): Promise<void> {
  for (let calls = 0; calls < 100; calls += 1) {
    const response = await request.post(`/api/queue/windows/${windowId}/call-next`);
    if (response.status() === 409) return;
    expect(response.status()).toBe(200);
  }
  throw new Error('the queue did not empty after 100 calls');
}

/** A queue ticket, taken as the kiosk takes it; its number (A012, or YA012 for a priority ticket). */
export async function takeTicket(request: APIRequestContext, businessType = 'A', priority = false): Promise<string> {
  const response = await request.post('/api/queue/tickets', { data: { businessType, priority, locale: 'zh-CN' } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { ticket: { number: string } };
  return body.ticket.number;
}

/** Clears the help calls earlier specs left open, so the console lists only the ones a spec makes. */
export async function clearOpenHelpCalls(request: APIRequestContext): Promise<void> {
  const open = (await (await request.get('/api/help')).json()) as { calls: { id: number }[] };
  for (const call of open.calls) expect((await request.post(`/api/help/${call.id}/clear`)).status()).toBe(200);
}

interface AuditRows {
  rows: { id: number; event: string }[];
}

/** The newest audit row's id (an admin's session in `request`), to tell the rows a step adds. */
export async function newestAuditId(request: APIRequestContext): Promise<number> {
  const { rows } = (await (await request.get('/api/staff/audit')).json()) as AuditRows;
  return rows[0]?.id ?? 0;
}

/** The events audited since the row `afterId`. */
export async function auditEventsAfter(request: APIRequestContext, afterId: number): Promise<string[]> {
  const { rows } = (await (await request.get('/api/staff/audit')).json()) as AuditRows;
  return rows.filter((row) => row.id > afterId).map((row) => row.event);
}
