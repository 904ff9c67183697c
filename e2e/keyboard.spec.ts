import { expect, test } from './support/kiosk-test.ts';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectScreenMeetsSizes } from './support/measure.ts';
import { startHighAgeAllowance } from './support/screens.ts';
import { tap } from './support/tap.ts';

/** The high-age allowance for a family member: the agent's name comes after the ID number. */
async function openNameQuestion(page: Page): Promise<void> {
  await startHighAgeAllowance(page);
  await tap(page.getByRole('button', { name: '家人代办' }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await page.getByRole('textbox', { name: '身份证号码' }).fill('410102194603151231');
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page.getByRole('heading', { level: 1, name: '您叫什么名字？' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'a', exact: true })).toBeVisible();
}

/** The focused control's name, as the focus reader says it. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim();
  });
}

/** Presses a key (keypad Up/Down, or the move switch) until the named control has focus; returns how many presses. */
async function moveTo(page: Page, key: string, name: string, pause = 0): Promise<number> {
  for (let press = 1; press <= 60; press += 1) {
    await page.keyboard.press(key);
    if (pause) await page.waitForTimeout(pause);
    if ((await focusedName(page)) === name) return press;
  }
  throw new Error(`${key} never reached ${name}`);
}

/** Controls a resident can step to, as the focus-navigation module counts them. */
function stops(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), textarea:not([disabled])')].filter(
        (element) => !element.closest('[inert], [aria-hidden="true"]') && element.getBoundingClientRect().width > 0,
      ).length,
  );
}

test('a name on the on-screen keyboard by touch: pinyin, candidates, delete; kept by the draft and by an error', async ({ page }) => {
  // Twenty taps, each after the double-tap guard, and axe over a screen of fifty keys.
  test.setTimeout(60_000);
  await openNameQuestion(page);
  const field = page.getByRole('textbox', { name: '您叫什么名字？' });
  const key = (name: string) => page.getByRole('group', { name: '打字键盘' }).getByRole('button', { name, exact: true });

  for (const letter of 'wang') await tap(key(letter));
  // A name's first character: the commonest surnames read wang first (王 is the commonest of all).
  await expect(page.getByRole('group', { name: /^可选的字/ })).toHaveAccessibleName(/^可选的字，王 汪 /);
  await tap(key('王'));
  await expect(field).toHaveValue('王');
  await expect(key('王')).toBeHidden();

  for (const letter of 'ming') await tap(key(letter));
  await expect(key('下一页的字')).toBeVisible();
  await expectScreenMeetsSizes(page);
  await expectNoAxeViolations(page);
  await tap(key('明'));
  await expect(field).toHaveValue('王明');
  await tap(key('删除'));
  await expect(field).toHaveValue('王');

  // A physical keyboard (with the system's own pinyin input) types into the field too.
  await field.focus();
  await page.keyboard.insertText('明');
  await expect(field).toHaveValue('王明');

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: '请输入身份证号码' })).toBeVisible();
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(field).toHaveValue('王明');

  await field.focus();
  await page.keyboard.insertText('1');
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page).toHaveTitle('错误：您叫什么名字？');
  await expect(field).toHaveValue('王明1');
});

test('by the keypad alone, then by two switches scanning row by row', async ({ page }) => {
  await openNameQuestion(page);
  const field = page.getByRole('textbox', { name: '您叫什么名字？' });
  expect(await stops(page)).toBeGreaterThan(35);

  await moveTo(page, 'ArrowDown', 'd');
  await page.keyboard.press('Enter');
  // The surnames starting with d, commonest first, just above the letters.
  await moveTo(page, 'ArrowUp', '邓');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('邓');
  // The characters went away with the pinyin; the focus did not go with them.
  expect(await focusedName(page)).toBe('a');

  // Holding the move switch (Space) for 2 s starts scanning; then each row is one step until it is chosen.
  await page.keyboard.down('Space');
  await page.waitForTimeout(2200);
  await page.keyboard.up('Space');
  await expect(page.getByRole('status').first()).toContainText('开关操作：两个开关');
  expect(await stops(page)).toBeLessThanOrEqual(16);
  const postAcceptance = 350;
  await moveTo(page, 'Space', '第 1 行：a b c d e f g', postAcceptance);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(postAcceptance);
  expect(await focusedName(page)).toBe('a');
  await moveTo(page, 'Space', 'b', postAcceptance);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(postAcceptance);
  // After a key, scanning starts again at the first row: here the characters for "b".
  const candidates = await focusedName(page);
  expect(candidates).toMatch(/^可选的字，/);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(postAcceptance);
  const first = await focusedName(page);
  expect(candidates).toContain(first);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(`邓${first}`);
});
