import { expect, test } from './support/kiosk-test.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { homeHeading, openHome } from './support/screens.ts';
import { demoAdminPin } from './support/staff.ts';
import { tap } from './support/tap.ts';

/** The demo hall's admin (kiosk-config/default.json). */
const demoAdmin = { name: '演示管理员', pin: demoAdminPin };

test('five taps on the top-left corner open the PIN pad; a wrong PIN is refused with a clear error', async ({ page }) => {
  await openHome(page);
  for (let tapCount = 0; tapCount < 5; tapCount += 1) await page.mouse.click(24, 24);
  const pinPad = page.getByRole('dialog', { name: '工作人员登录' });
  await expect(pinPad).toBeVisible();
  await expectNoAxeViolations(page);

  for (const digit of '1357') await tap(pinPad.getByRole('button', { name: digit, exact: true }));
  // The PIN shows as dots only.
  await expect(pinPad.getByText('已输入 4 位')).toBeVisible();
  await expect(pinPad.getByText('1357')).toHaveCount(0);
  await tap(pinPad.getByRole('button', { name: '登录' }));
  await expect(pinPad.getByRole('alert')).toHaveText(/密码不对。还可以再试 \d+ 次。/);
  await expect(pinPad.getByText('已输入 0 位')).toBeVisible();
  await tap(pinPad.getByRole('button', { name: '取消' }));
  await expect(pinPad).toBeHidden();
  await expect(page.getByRole('button', { name: /^工作人员：/ })).toHaveCount(0);
});

test('Ctrl+Alt+S, the PIN, then 代办: the resident consents first, and hand-back restores their own text size and ends the staff session', async ({ page }) => {
  const textSize = page.locator('html');
  await openHome(page);
  await tap(page.getByRole('button', { name: '看得清/听得见' }));
  await tap(page.getByRole('group', { name: '字的大小' }).getByRole('button', { name: '超大' }));
  await tap(page.getByRole('button', { name: '完成' }));
  await expect(textSize).toHaveAttribute('data-text-size', 'largest');

  await page.keyboard.press('Control+Alt+KeyS');
  const pinPad = page.getByRole('dialog', { name: '工作人员登录' });
  await expect(pinPad).toBeVisible();
  // The physical keypad types into it too.
  await page.keyboard.type(demoAdmin.pin);
  await tap(pinPad.getByRole('button', { name: '登录' }));
  const panel = page.getByRole('dialog', { name: '工作人员模式' });
  await expect(panel.getByText(`已登录：${demoAdmin.name}`)).toBeVisible();
  await expectNoAxeViolations(page);

  await tap(panel.getByRole('button', { name: '代办（帮居民填写）' }));
  await expect(panel).toBeHidden();
  // The staff member works in the standard layout; the resident's is kept for later.
  await expect(textSize).toHaveAttribute('data-text-size', 'standard');
  await expect(page.getByRole('heading', { level: 1, name: homeHeading })).toBeVisible();
  await tap(page.getByRole('button', { name: /^高龄津贴申请/ }));
  await tap(page.getByRole('button', { name: '开始办理' }));

  await expect(page.getByRole('heading', { level: 1, name: '请居民本人确认' })).toBeFocused();
  await expect(page.getByText(`居民本人同意由工作人员 ${demoAdmin.name} 代为填写和提交这份申请。`)).toBeVisible();
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page).toHaveTitle(/^错误：/);
  await expect(page.getByText('还没有居民本人的同意。请居民本人点“我同意”，再点“下一步”。')).toBeVisible();
  await expectNoAxeViolations(page);
  await tap(page.getByRole('button', { name: '我同意' }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page.getByRole('button', { name: '本人', exact: true })).toBeVisible();

  await tap(page.getByRole('button', { name: `工作人员：${demoAdmin.name}` }));
  await tap(panel.getByRole('button', { name: '交还居民' }));
  await expect(panel).toBeHidden();
  await expect(textSize).toHaveAttribute('data-text-size', 'largest');
  await expect(page.getByRole('button', { name: `工作人员：${demoAdmin.name}` })).toHaveCount(0);
  // Issue #16.1: the staff session ended with the hand-back; after a reload the resident's page has no staff access.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: homeHeading })).toBeVisible();
  const staffCalls = await page.evaluate(async () => Promise.all(['/api/staff/me', '/api/worklist'].map(async (path) => (await fetch(path)).status)));
  expect(staffCalls).toEqual([401, 401]);
});
