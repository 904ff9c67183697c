import { expect, test } from './support/kiosk-test.ts';
import type { Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectScreenMeetsSizes } from './support/measure.ts';
import { chooseLook, errorSummary, homeHeading, openDisplayPanel, openHome, openIdNumber, visitSampleScreens } from './support/screens.ts';
import { doubleTapGuardMs, tap } from './support/tap.ts';

const serviceNames = readdirSync('seeds')
  .filter((file) => file.endsWith('.json'))
  .map((file) => (JSON.parse(readFileSync(join('seeds', file), 'utf8')) as { name: { 'zh-CN': string } }).name['zh-CN']);

/** accessibility.md, Hearing: every screen declares the prompt it speaks. */
async function expectScreenSpeaks(page: Page): Promise<void> {
  await expect(page.locator('[data-prompt]')).toHaveAttribute('data-prompt', /\S/);
}

/** A resident screen speaks, meets the sizes at the default step, and axe finds nothing. */
async function expectResidentScreen(page: Page): Promise<void> {
  await expectScreenSpeaks(page);
  await expectScreenMeetsSizes(page);
  await expectNoAxeViolations(page);
}

test.describe('every resident screen at the default step', () => {
  // One session through them all, as a resident browsing would: a fresh page per screen cost two seconds each.
  test('home and every service description', async ({ page }) => {
    test.setTimeout(90_000);
    await openHome(page);
    await test.step('home', () => expectResidentScreen(page));
    for (const name of serviceNames) {
      await test.step(`description: ${name}`, async () => {
        await tap(page.getByRole('button', { name: new RegExp(`^${name}`) }));
        await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
        await expectResidentScreen(page);
        await tap(page.getByRole('button', { name: '返回首页' }));
        await expect(page.getByRole('heading', { level: 1, name: homeHeading })).toBeFocused();
      });
    }
  });

  test('ID number question, its error, and the payment account question after it', async ({ page }) => {
    await openIdNumber(page);
    await expectResidentScreen(page);
    const field = page.getByRole('textbox', { name: '身份证号码' });
    await field.fill('410102194603151230');
    await tap(page.getByRole('button', { name: '下一步' }));
    await expect(page).toHaveTitle(/^错误：/);
    await expect(page.locator('[data-prompt]')).toHaveAttribute('data-prompt', 'form.errorSummary | form.idNumber.errors.checksum');
    await expect(errorSummary(page)).toBeFocused();
    await expect(field).toHaveValue('410102194603151230');
    await expectScreenMeetsSizes(page);
    await expectNoAxeViolations(page);
    await field.fill('410102194603151231');
    await tap(page.getByRole('button', { name: '下一步' }));
    await expect(page.getByRole('heading', { level: 1, name: '津贴发到哪张卡上？' })).toBeVisible();
    await expectResidentScreen(page);
  });

  test('the 看得清/听得见 panel and key help', async ({ page }) => {
    await openDisplayPanel(page);
    await expectScreenMeetsSizes(page);
    await expectNoAxeViolations(page);
    await tap(page.getByRole('button', { name: '完成' }));
    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog', { name: '按键说明' })).toBeVisible();
    await expectScreenMeetsSizes(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('the sample of screen kinds in every theme, at the default and the largest step', () => {
  for (const theme of ['标准', '黑底高对比', '白底高对比']) {
    // One session per theme: the sample at the default step, then home and the sample again at the largest.
    test(theme, async ({ page }) => {
      await openHome(page);
      for (const [step, smallest] of [
        ['标准', 24],
        ['超大', 48],
      ] as const) {
        await test.step(`text ${step}`, async () => {
          await chooseLook(page, step, theme);
          await visitSampleScreens(page, async (kind) => {
            await test.step(kind, async () => {
              await expectScreenMeetsSizes(page, smallest);
              await expectNoAxeViolations(page);
            });
          });
          // The sample ends in the panel, over a question: close it and go home for the next step.
          await tap(page.getByRole('button', { name: '完成' }));
          await tap(page.getByRole('button', { name: '返回首页' }));
          await expect(page.getByRole('heading', { level: 1, name: homeHeading })).toBeFocused();
        });
      }
    });
  }
});

test('the panel changes text size and colours at once, and says so', async ({ page }) => {
  await openDisplayPanel(page);
  const sizes = page.getByRole('group', { name: '字的大小' });
  await tap(sizes.getByRole('button', { name: '超大' }));
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
  await expect(sizes.getByRole('button', { name: '超大' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').first()).toContainText('字的大小：超大');
  await tap(page.getByRole('group', { name: '颜色' }).getByRole('button', { name: '黑底高对比' }));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(64);
});

// The specs' hall sets the guard to 100 ms (support/hall-config.ts): the kiosk takes the config's time.
// The default half second is held by renderer/a11y/press-guard.test.ts.
test("a double tap within the hall's double-tap guard counts once; a later tap counts", async ({ page }) => {
  await openIdNumber(page);
  const one = page.getByRole('button', { name: '1', exact: true });
  const field = page.getByRole('textbox', { name: '身份证号码' });
  const afterTheGuard = () => page.waitForTimeout(doubleTapGuardMs + 50);
  await afterTheGuard(); // of the last tap, on 下一步
  await one.dblclick(); // two presses a few milliseconds apart
  await expect(field).toHaveValue('1');
  await afterTheGuard();
  await one.click();
  await expect(field).toHaveValue('11');
});

test.describe('keypad and keyboard', () => {
  test('Up and Down move through every control with a focus ring of at least 4 px, Enter opens, Escape goes back; Up from the first wraps to the last', async ({ page }) => {
    await openHome(page);
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: /^取号排队/ })).toBeFocused();
    await test.step('the focus ring is at least 4 px and drawn outside the control', async () => {
      const ring = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
      });
      expect(ring.style).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(4);
    });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: /^高龄津贴申请/ })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('button', { name: /^养老金资格认证/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: '高龄津贴申请' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: homeHeading })).toBeFocused();
    await test.step('Up from the first control wraps to the last, in the persistent bar', async () => {
      await page.keyboard.press('ArrowUp');
      await expect(page.getByRole('button', { name: '返回首页' })).toBeFocused();
    });
  });

  test('a physical number pad types into the ID field; Backspace deletes one and Delete clears', async ({ page }) => {
    await openIdNumber(page);
    const field = page.getByRole('textbox', { name: '身份证号码' });
    await field.focus();
    await page.keyboard.type('41010219460315123x');
    await expect(field).toHaveValue('41010219460315123X');
    await page.keyboard.press('Backspace');
    await expect(field).toHaveValue('41010219460315123');
    await page.keyboard.press('Delete');
    await expect(field).toHaveValue('');
  });

  test('an ID card on a keyboard-wedge reader fills the number and goes on', async ({ page }) => {
    await openIdNumber(page);
    // A reader types 18 characters and Enter in a few milliseconds each, whatever has focus.
    await page.keyboard.type('11010519491231002X\n', { delay: 5 });
    await expect(page.getByRole('heading', { level: 1, name: '津贴发到哪张卡上？' })).toBeVisible();
    await tap(page.getByRole('button', { name: '上一步' }));
    await expect(page.getByRole('textbox', { name: '身份证号码' })).toHaveValue('11010519491231002X');
  });

  test('focus stays in an open dialog', async ({ page }) => {
    await openDisplayPanel(page);
    const dialog = page.getByRole('dialog', { name: '看得清/听得见' });
    for (let press = 0; press < 15; press += 1) {
      await page.keyboard.press('ArrowDown');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
  });

  test('F1 opens key help: each key explains itself instead of acting, until F1 again', async ({ page }) => {
    await openHome(page);
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: '按键说明' });
    await expect(help).toBeVisible();
    await page.keyboard.press('F8');
    await expect(help.getByRole('status')).toHaveText('F8：呼叫工作人员。');
    await page.keyboard.press('Escape');
    await expect(help.getByRole('status')).toHaveText('退出键：回到上一步。');
    await page.keyboard.press('F1');
    await expect(help).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: homeHeading })).toBeVisible();
  });
});

test.describe('switches', () => {
  test('two switches: holding Space for 2 s starts scanning; Space moves, Enter selects, and home returns', async ({ page }) => {
    await openHome(page);
    await page.keyboard.down('Space');
    await page.waitForTimeout(2200);
    await page.keyboard.up('Space');
    await expect(page.getByRole('status').first()).toContainText('开关操作：两个开关');
    for (let press = 0; press < 3; press += 1) {
      await page.keyboard.press('Space');
      await page.waitForTimeout(350); // the post-acceptance delay
    }
    await expect(page.getByRole('button', { name: /^高龄津贴申请/ })).toBeFocused();
    await expect(page.getByRole('button', { name: /^高龄津贴申请/ })).toHaveAttribute('data-scan-highlight', '');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: '高龄津贴申请' })).toBeVisible();
    await page.waitForTimeout(400); // presses just after a select are ignored (post-acceptance delay)
    // Move to 返回首页, the last control.
    const controls = await page.evaluate(() => document.querySelectorAll('button:not([disabled])').length);
    for (let press = 0; press < controls; press += 1) {
      await page.keyboard.press('Space');
      await page.waitForTimeout(400); // past the post-acceptance delay
      if (await page.getByRole('button', { name: '返回首页' }).evaluate((element) => element === document.activeElement)) break;
    }
    await expect(page.getByRole('button', { name: '返回首页' })).toHaveAttribute('data-scan-highlight', '');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: homeHeading })).toBeVisible();
  });

  test('Space, as a switch, never presses the focused button, and Enter presses it exactly once', async ({ page }) => {
    await openIdNumber(page);
    await chooseScanning(page, '两个开关');
    const field = page.getByRole('textbox', { name: '身份证号码' });
    const one = page.getByRole('button', { name: '1', exact: true });
    await one.focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(350);
    await expect(field).toHaveValue('');
    await expect(page.getByRole('button', { name: '2', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(350);
    await expect(field).toHaveValue('2');
  });

  test('one switch: the highlight walks by itself, the switch selects, and it pauses after 3 unanswered loops', async ({ page }) => {
    await page.clock.install();
    await openHome(page);
    await chooseScanning(page, '一个开关');
    await page.clock.runFor(1500 * 3);
    await expect(page.getByRole('button', { name: /^高龄津贴申请/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: '高龄津贴申请' })).toBeVisible();
    await page.clock.runFor(1500 * 200);
    const onFirstControl = () =>
      page.evaluate(() => {
        const first = [...document.querySelectorAll('button:not([disabled])')].find((button) => button.getBoundingClientRect().width > 0);
        return first !== undefined && first === document.activeElement;
      });
    expect(await onFirstControl()).toBe(true);
    await page.clock.runFor(1500 * 5);
    expect(await onFirstControl()).toBe(true);
    // The next press restarts scanning rather than selecting.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: '高龄津贴申请' })).toBeVisible();
    await page.clock.runFor(1500);
    expect(await onFirstControl()).toBe(false);
  });
});

async function chooseScanning(page: Page, mode: string): Promise<void> {
  await tap(page.getByRole('button', { name: '看得清/听得见' }));
  await tap(page.getByRole('button', { name: '用开关' }));
  await tap(page.getByRole('group', { name: '开关操作' }).getByRole('button', { name: mode }));
  await tap(page.getByRole('button', { name: '完成' }));
}

test.describe('idle safety', () => {
  test('warns after 120 s, extends on 继续, and at the end of the countdown wipes the session', async ({ page }) => {
    await page.clock.install();
    await openIdNumber(page);
    await chooseLook(page, '超大', '黑底高对比');
    const field = page.getByRole('textbox', { name: '身份证号码' });
    await field.fill('4101021946');

    await page.clock.fastForward(119_000);
    await expect(page.getByRole('alertdialog')).toBeHidden();
    await page.clock.fastForward(2_000);
    const warning = page.getByRole('alertdialog', { name: '您还在吗？' });
    await expect(warning).toBeVisible();
    await expect(warning.getByRole('button', { name: '继续办理' })).toBeFocused();
    await warning.getByRole('button', { name: '继续办理' }).click();
    await expect(warning).toBeHidden();
    await expect(field).toHaveValue('4101021946');

    await page.clock.fastForward(121_000);
    await expect(warning).toBeVisible();
    await page.clock.fastForward(31_000);
    await expect(page.getByRole('heading', { level: 1, name: homeHeading })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'standard');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'standard');
    await tap(page.getByRole('button', { name: /^高龄津贴申请/ }));
    await tap(page.getByRole('button', { name: '开始办理' }));
    await expect(page.getByRole('button', { name: '本人', exact: true })).toHaveAttribute('aria-pressed', 'false');
    await tap(page.getByRole('button', { name: '本人', exact: true }));
    await tap(page.getByRole('button', { name: '下一步' }));
    await expect(page.getByRole('textbox', { name: '身份证号码' })).toHaveValue('');
  });

  test('the session reset returns to the default language; the timer pauses while scanning is on', async ({ page }) => {
    await page.clock.install();
    await openHome(page);
    await tap(page.getByRole('button', { name: '切换到English' }));
    await expect(page.getByRole('heading', { level: 1, name: 'What do you need today?' })).toBeVisible();
    await page.clock.fastForward(121_000);
    await page.clock.fastForward(31_000);
    await expect(page.getByRole('heading', { level: 1, name: homeHeading })).toBeVisible();

    await test.step('the timer pauses while scanning is on', async () => {
      await chooseScanning(page, '两个开关');
      await page.clock.fastForward(600_000);
      await expect(page.getByRole('alertdialog')).toBeHidden();
    });
  });
});
