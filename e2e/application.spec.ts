import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { e2eDataDir } from '../playwright.config.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectScreenMeetsSizes } from './support/measure.ts';
import { answerFromIdNumber, answerHighAgeAllowance, openHome, startHighAgeAllowance } from './support/screens.ts';
import { tap } from './support/tap.ts';

/** What the page asked the backend to synthesise at run time. */
function spokenTexts(page: Page): { text: string; private?: boolean; digitByDigit?: boolean }[] {
  const texts: { text: string; private?: boolean; digitByDigit?: boolean }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/audio/speak')) texts.push(request.postDataJSON() as { text: string });
  });
  return texts;
}

test('high-age allowance, start to receipt: check answers, change one, submit, hear the reference digit by digit', async ({ page }) => {
  const texts = spokenTexts(page);
  await answerHighAgeAllowance(page);
  // The ID number is masked even here; the resident's other answers are shown to check.
  await expect(page.getByText('4101**********1231')).toBeVisible();
  await expect(page.getByText('138****5678')).toBeVisible();
  await expectScreenMeetsSizes(page);
  await expectNoAxeViolations(page);
  // On the loudspeaker the check page says only that things are filled in.
  await expect(page.locator('audio.kiosk-voice')).toHaveAttribute('data-speaking', /form\.check\.heading|voice\.personalOnSpeaker/);
  expect(texts.some((each) => each.text.includes('13812345678') || each.text.includes('4101'))).toBe(false);

  await tap(page.getByRole('button', { name: '修改：工作人员打哪个手机号码联系？' }));
  await page.getByRole('textbox', { name: '工作人员打哪个手机号码联系？' }).fill('13900001111');
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page.getByRole('heading', { level: 1, name: '请核对您填写的内容' })).toBeVisible();
  await expect(page.getByText('139****1111')).toBeVisible();

  await tap(page.getByRole('button', { name: '提交申请' }));
  await expect(page.getByRole('heading', { level: 1, name: '申请已提交' })).toBeVisible();
  const reference = (await page.locator('.submitted__reference').textContent()) ?? '';
  expect(reference).toMatch(/^[A-Z]{2}-\d{6}-\d$/);
  await expect(page.getByText('回执已经打印，请从出纸口取走。')).toBeVisible();
  await expect.poll(() => texts.find((each) => each.text === reference)).toMatchObject({ digitByDigit: true });
  await expectScreenMeetsSizes(page);
  await expectNoAxeViolations(page);

  const receipts = readdirSync(join(e2eDataDir, 'receipts')).map((file) => readFileSync(join(e2eDataDir, 'receipts', file), 'utf8'));
  const receipt = receipts.find((text) => text.includes(reference));
  expect(receipt).toContain('高龄津贴申请');
  expect(receipt).not.toContain('13900001111');
  expect(receipt).not.toContain('410102194603151231');
});

test('an unanswered question says so, in the title, the focused summary and speech', async ({ page }) => {
  await startHighAgeAllowance(page);
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page).toHaveTitle('错误：您是给自己办，还是替别人办？');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('这一项还没有填。请填写后再点“下一步”。');
  await expect(page.locator('audio.kiosk-voice')).toHaveAttribute('data-speaking', /form\.errorSummary|这一项还没有填/);
  await tap(page.getByRole('button', { name: '家人代办' }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page).toHaveTitle('请输入身份证号码');
});

test('through headphones the check page reads the answers, privately', async ({ page }) => {
  const texts = spokenTexts(page);
  await openHome(page);
  await tap(page.getByRole('button', { name: '看得清/听得见' }));
  await tap(page.getByRole('button', { name: '听得见', exact: true }));
  await tap(page.getByRole('group', { name: '声音从哪里出来' }).getByRole('button', { name: '耳机' }));
  await tap(page.getByRole('button', { name: '完成' }));
  await tap(page.getByRole('button', { name: /^高龄津贴申请/ }));
  await tap(page.getByRole('button', { name: '开始办理' }));
  await tap(page.getByRole('button', { name: '本人', exact: true }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await answerFromIdNumber(page);
  await expect.poll(() => texts.find((each) => each.text.includes('138****5678'))).toMatchObject({ private: true });
});
