import { expect, test } from './support/kiosk-test.ts';
import type { Page } from '@playwright/test';
import { openHome } from './support/screens.ts';
import { callEveryoneWaiting, clearOpenHelpCalls, signInToConsole } from './support/staff.ts';
import { tap } from './support/tap.ts';

/**
 * Issue #6, Tests: the hall on one morning, with its three screens open at once, each in its own browser
 * (no shared cookies): the resident's kiosk, the staff console at the counter and the board on the wall.
 */
test('a resident takes a ticket, staff call it, the board shows and announces it; a help call reaches the console within 1 s', async ({ browser }) => {
  test.setTimeout(60_000);
  const open = async () => (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  const [kiosk, counterPc, board] = await Promise.all([open(), open(), open()]);

  const liveEvents = (page: Page, client: string) => page.waitForResponse((response) => response.url().includes(`/api/events?client=${client}`));
  const consoleOnline = liveEvents(counterPc, 'staff');
  await signInToConsole(counterPc);
  await consoleOnline;
  await callEveryoneWaiting(counterPc.request);
  await clearOpenHelpCalls(counterPc.request);

  const announced: string[] = [];
  const spoken: { text: string; digitByDigit?: boolean }[] = [];
  board.on('request', (sent) => {
    const path = new URL(sent.url()).pathname;
    if (path.startsWith('/api/audio/clips/zh-CN/board.announce.')) announced.push(path.split('/').at(-1) ?? '');
    if (path === '/api/audio/speak') spoken.push(sent.postDataJSON() as { text: string; digitByDigit?: boolean });
  });
  const boardOnline = liveEvents(board, 'board');
  await board.goto('/board');
  await boardOnline;

  // The resident: 取号排队 → 社保/养老 → 普通排队 → 取号.
  await openHome(kiosk);
  await tap(kiosk.getByRole('button', { name: /^取号排队/ }));
  await tap(kiosk.getByRole('button', { name: /^社保\/养老/ }));
  await tap(kiosk.getByRole('button', { name: '普通排队' }));
  await tap(kiosk.getByRole('button', { name: '取号' }));
  await expect(kiosk.getByRole('heading', { level: 1, name: '这是您的号码' })).toBeVisible();
  const number = (await kiosk.getByText(/^A\d{3}$/).textContent()) ?? '';
  expect(number).toMatch(/^A\d{3}$/);

  // Staff see it waiting and call it to window 1.
  await expect(counterPc.getByRole('table', { name: /按叫号顺序/ }).getByRole('row', { name: new RegExp(number) })).toBeVisible();
  const counter = counterPc.getByRole('region', { name: '1号窗口' });
  await counter.getByRole('button', { name: '叫下一位' }).click();
  await expect(counter.getByRole('status')).toHaveText(`已叫 ${number} 号。`);

  // The board shows the call and asks for its announcement: the clips, and the number digit by digit.
  await expect(board.getByRole('table', { name: '正在办理' }).getByRole('row', { name: /1号窗口/ })).toContainText(number);
  await expect.poll(() => announced, { timeout: 20_000 }).toEqual(expect.arrayContaining(['board.announce.please', 'board.announce.toWindow', 'board.announce.handle']));
  await expect.poll(() => spoken).toContainEqual(expect.objectContaining({ text: number, digitByDigit: true }));

  // The resident calls for help from the home screen; the counterPc shows it within 1 s.
  await tap(kiosk.getByRole('button', { name: '完成' }));
  const calls = counterPc.getByRole('region', { name: '居民呼叫' });
  await expect(calls.getByText('现在没有居民呼叫。')).toBeVisible();
  await tap(kiosk.getByRole('button', { name: '呼叫工作人员' }));
  const calledAt = Date.now();
  await expect(calls.getByRole('alert')).toContainText('有居民呼叫', { timeout: 1000 });
  expect(Date.now() - calledAt).toBeLessThan(1000);
  await expect(kiosk.getByRole('dialog', { name: '呼叫工作人员' }).getByText('已通知工作人员，请稍等，马上有人来帮您。')).toBeVisible();

  // Staff acknowledge: the resident is told someone is coming.
  await calls.getByRole('button', { name: '我去处理' }).click();
  await expect(kiosk.getByRole('dialog', { name: '呼叫工作人员' }).getByText('工作人员已经看到了，正在过来。')).toBeVisible();
  await calls.getByRole('button', { name: '已解决' }).click();

  await Promise.all([kiosk, counterPc, board].map((page) => page.context().close()));
});
