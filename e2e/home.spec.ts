import { expect, test } from './support/kiosk-test.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe.ts';
import { openHome } from './support/screens.ts';
import { tap } from './support/tap.ts';

interface SeedNames {
  id: string;
  order: number;
  name: { 'zh-CN': string; en: string };
}

const seeds = readdirSync('seeds')
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(join('seeds', file), 'utf8')) as SeedNames)
  .sort((a, b) => a.order - b.order);

test('the home screen greets residents in Chinese with every service as a tile; the language button switches to English and back', async ({ page }) => {
  // Every first-level heading the page ever draws, in order.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { headingsDrawn: string[] }).headingsDrawn = seen;
    new MutationObserver(() => {
      const heading = document.querySelector('h1')?.textContent ?? '';
      if (heading !== '' && seen.at(-1) !== heading) seen.push(heading);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto('/');
  await test.step('in Chinese, as the first screen drawn (no 请稍等 screen before it)', async () => {
    await expect(page.getByRole('heading', { level: 1, name: '请选择要办理的事项' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { headingsDrawn: string[] }).headingsDrawn)).toEqual(['请选择要办理的事项']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const tiles = page.getByRole('list', { name: '可以办理的事项' }).getByRole('button');
    await expect(tiles).toHaveCount(seeds.length);
    for (const [index, seed] of seeds.entries()) {
      await expect(tiles.nth(index)).toContainText(seed.name['zh-CN']);
    }
    for (const control of ['呼叫工作人员', '重听', '看得清/听得见', '切换到English', '返回首页']) {
      await expect(page.getByRole('navigation', { name: '常用按钮' }).getByRole('button', { name: control })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });

  await test.step('to English and back', async () => {
    await tap(page.getByRole('button', { name: '切换到English' }));
    await expect(page.getByRole('heading', { level: 1, name: 'What do you need today?' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    for (const seed of seeds) await expect(page.getByRole('button', { name: new RegExp(`^${seed.name.en}`) })).toBeVisible();
    await expectNoAxeViolations(page);
    await tap(page.getByRole('button', { name: 'Switch to 中文' }));
    await expect(page.getByRole('heading', { level: 1, name: '请选择要办理的事项' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});

test('a backend slower than a second gets 正在准备，请稍等。 first, then home', async ({ page }) => {
  await page.route('**/api/catalog', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '正在准备，请稍等。' })).toBeVisible();
  await expect(page.locator('[data-prompt]')).toHaveAttribute('data-prompt', 'load.waiting');
  await expect(page.getByRole('heading', { level: 1, name: '请选择要办理的事项' })).toBeVisible({ timeout: 10_000 });
});

test('?lang=en starts in English, and a description reads in English too', async ({ page }) => {
  await openHome(page, '?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'What do you need today?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await tap(page.getByRole('button', { name: /^High-age allowance/ }));
  await expect(page.getByRole('heading', { level: 1, name: 'High-age allowance' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Who can apply' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a tile opens its description; back and home both return', async ({ page }) => {
  await openHome(page);
  await tap(page.getByRole('button', { name: /^高龄津贴申请/ }));
  await expect(page.getByRole('heading', { level: 1, name: '高龄津贴申请' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '高龄津贴申请' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: '谁可以办理' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '需要带什么' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '政策依据' })).toBeVisible();
  // The county's starting age comes from kiosk-config, not from the seed text.
  await expect(page.getByText(/80/).first()).toBeVisible();
  await expect(page.getByText('示例内容，尚未经县里审核，以本县规定为准。')).toBeVisible();
  await expectNoAxeViolations(page);

  await tap(page.getByRole('button', { name: '上一步' }));
  await expect(page.getByRole('heading', { level: 1, name: '请选择要办理的事项' })).toBeVisible();

  await tap(page.getByRole('button', { name: /^残疾人两项补贴/ }));
  await expect(page.getByRole('heading', { level: 1, name: '残疾人两项补贴' })).toBeVisible();
  await expect(page.getByText(/国发〔2015〕52号/)).toBeVisible();
  await tap(page.getByRole('button', { name: '返回首页' }));
  await expect(page.getByRole('heading', { level: 1, name: '请选择要办理的事项' })).toBeVisible();
});

test('the staff console and the hall board exist', async ({ page }) => {
  await page.goto('/staff');
  await expect(page.getByRole('heading', { level: 1, name: '工作人员后台' })).toBeVisible();
  // The status page is behind the sign-in now (e2e/staff-console.spec.ts signs in and reads it).
  await expect(page.getByRole('textbox', { name: '登录密码' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/board');
  await expect(page.getByRole('heading', { level: 1, name: '叫号信息' })).toBeVisible();
  await expectNoAxeViolations(page);
});
