import { expect, test } from './support/kiosk-test.ts';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe.ts';
import { moveFocusTo } from './support/keypad.ts';
import { expectScreenMeetsSizes } from './support/measure.ts';
import { homeHeading, openHome } from './support/screens.ts';
import { recordSpokenTexts } from './support/speech.ts';
import { tap } from './support/tap.ts';

interface HallQueue {
  businessTypes: { letter: string; name: { 'zh-CN': string } }[];
  priority: { groups: { 'zh-CN': string }[]; mark: string };
}
const { queue } = JSON.parse(readFileSync('kiosk-config/default.json', 'utf8')) as { queue: HallQueue };
const [socialInsurance] = queue.businessTypes;
if (!socialInsurance) throw new Error('the demo hall has no business types');

async function expectResidentScreen(page: Page): Promise<void> {
  await expectScreenMeetsSizes(page);
  await expectNoAxeViolations(page);
}

/** The ticket screen: its number, people ahead and the wait, as shown; the number as read aloud. */
async function readTicket(page: Page, spoken: ReturnType<typeof recordSpokenTexts>) {
  await expect(page.getByRole('heading', { level: 1, name: '这是您的号码' })).toBeFocused();
  const number = (await page.getByText(/^Y?[A-Z]\d{3}$/).textContent()) ?? '';
  const ahead = Number((await page.getByText(/^前面还在等的人数：\d+$/).textContent())?.replace(/\D/g, ''));
  const wait = (await page.getByText(/^等候时间：/).textContent()) ?? '';
  await expect(page.getByText('号码条已打印，请取走。')).toBeVisible();
  // accessibility.md, Hearing: ticket numbers are read one character at a time.
  await expect.poll(() => spoken.find((each) => each.text === number)).toMatchObject({ digitByDigit: true });
  return { number, ahead, wait };
}

test('a resident takes a priority ticket by touch: business type, priority (no proof), the ticket read digit by digit', async ({ page }) => {
  const spoken = recordSpokenTexts(page);
  await openHome(page);
  await tap(page.getByRole('button', { name: /^取号排队/ }));
  await expect(page.getByRole('heading', { level: 1, name: '取号排队' })).toBeFocused();
  const tiles = page.getByRole('list', { name: '业务类别' }).getByRole('button');
  await expect(tiles).toHaveCount(queue.businessTypes.length);
  await expectResidentScreen(page);

  await tap(page.getByRole('button', { name: new RegExp(`^${socialInsurance.name['zh-CN']}`) }));
  await expect(page.getByRole('heading', { level: 1, name: '需要优先办理吗？' })).toBeVisible();
  for (const group of queue.priority.groups) await expect(page.getByRole('listitem').filter({ hasText: group['zh-CN'] })).toBeVisible();
  await tap(page.getByRole('button', { name: '取号' }));
  await expect(page).toHaveTitle(/^错误：/);
  await expect(page.getByText('还没有选。请点“优先办理”或“普通排队”，再点“取号”。')).toBeVisible();
  await tap(page.getByRole('button', { name: '优先办理' }));
  await expect(page.getByRole('button', { name: '优先办理' })).toHaveAttribute('aria-pressed', 'true');

  // Issue #16.4: over the kiosk's ticket limit (held by electron/server/request-limits.test.ts; this
  // worker's hall has room for every spec), the resident sees and hears why, and may try again.
  const clipsHeard: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/api/audio/clips/zh-CN/')) clipsHeard.push(decodeURIComponent(path.split('/').at(-1) ?? ''));
  });
  await page.route('**/api/queue/tickets', (route) => route.fulfill({ status: 429, headers: { 'Retry-After': '60' }, json: { ok: false, error: 'too-many-requests', retryAfterSeconds: 60 } }), { times: 1 });
  await tap(page.getByRole('button', { name: '取号' }));
  await expect(page.getByText('刚才这台机器取号太多，暂时不能再取号，已经告诉工作人员了。请等一两分钟再点“取号”，或到窗口找工作人员。')).toBeVisible();
  await expect.poll(() => clipsHeard).toContain('queue.problems.too-many');
  // A refusal is not the resident's mistake: the summary says so, and never "有问题，请改正".
  await expect(page.getByRole('heading', { name: '暂时取不了号' })).toBeVisible();
  await expect(page.getByText('有问题，请改正')).toHaveCount(0);
  await expect.poll(() => clipsHeard).toContain('queue.problems.title');
  await tap(page.getByRole('button', { name: '取号' }));

  const ticket = await readTicket(page, spoken);
  expect(ticket.number).toMatch(new RegExp(`^${queue.priority.mark}${socialInsurance.letter}\\d{3}$`));
  expect(ticket.wait).toMatch(/^等候时间：(大约 \d+ 分钟|马上就会叫到您)$/);
  await expect(page.getByText('优先办理', { exact: true })).toBeVisible();
  await expectResidentScreen(page);
  await tap(page.getByRole('button', { name: '完成' }));
  await expect(page.getByRole('heading', { level: 1, name: homeHeading })).toBeVisible();
});

test('a resident takes a normal ticket by keypad alone; Escape goes back and keeps the choice', async ({ page }) => {
  const spoken = recordSpokenTexts(page);
  // Someone is waiting already, so this ticket has people ahead and a real estimate.
  await openHome(page);
  const earlier = await page.request.post('/api/queue/tickets', { data: { businessType: socialInsurance.letter, priority: false, locale: 'zh-CN' } });
  expect(earlier.status()).toBe(201);

  const tile = page.getByRole('button', { name: /^取号排队/ });
  await moveFocusTo(tile);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '取号排队' })).toBeFocused();
  await moveFocusTo(page.getByRole('button', { name: new RegExp(`^${socialInsurance.name['zh-CN']}`) }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '需要优先办理吗？' })).toBeFocused();
  const normal = page.getByRole('button', { name: '普通排队' });
  await moveFocusTo(normal);
  await page.keyboard.press('Enter');
  await expect(normal).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: '取号排队' })).toBeFocused();
  await moveFocusTo(page.getByRole('button', { name: new RegExp(`^${socialInsurance.name['zh-CN']}`) }));
  await page.keyboard.press('Enter');
  await expect(normal).toHaveAttribute('aria-pressed', 'true');
  await moveFocusTo(page.getByRole('button', { name: '取号' }));
  await page.keyboard.press('Enter');

  const ticket = await readTicket(page, spoken);
  expect(ticket.number).toMatch(new RegExp(`^${socialInsurance.letter}\\d{3}$`));
  expect(ticket.ahead).toBeGreaterThanOrEqual(1);
  expect(ticket.wait).toMatch(/^等候时间：大约 [1-9]\d* 分钟$/);
  await expect.poll(() => spoken.find((each) => each.text === String(ticket.ahead))).toMatchObject({ digitByDigit: true });
  await moveFocusTo(page.getByRole('button', { name: '完成' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: homeHeading })).toBeVisible();
});
