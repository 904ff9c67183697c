import { expect, test } from './support/kiosk-test.ts';
import type { Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectScreenMeetsSizes } from './support/measure.ts';
import { answerFromIdNumber, answerHighAgeAllowance, errorSummary, openHome, openService, startHighAgeAllowance, submittedReference } from './support/screens.ts';
import { recordSpokenTexts } from './support/speech.ts';
import { tap } from './support/tap.ts';

test('high-age allowance, start to receipt: check answers, change one, submit, hear the reference digit by digit', async ({ page, kioskServer }) => {
  const texts = recordSpokenTexts(page);
  await answerHighAgeAllowance(page);
  // The ID number is masked even here; the resident's other answers are shown to check.
  await expect(page.getByText('4101**********1231')).toBeVisible();
  await expect(page.getByText('138****5678')).toBeVisible();
  await expect(page.getByText('社保卡 中国农业银行 ****8901')).toBeVisible();
  await expectScreenMeetsSizes(page);
  await expectNoAxeViolations(page);
  // On the loudspeaker the check page says only that things are filled in.
  await expect(page.locator('audio')).toHaveAttribute('data-speaking', /form\.check\.heading|voice\.personalOnSpeaker/);
  expect(texts.some((each) => each.text.includes('13812345678') || each.text.includes('4101'))).toBe(false);

  await tap(page.getByRole('button', { name: '修改：工作人员打哪个手机号码联系？' }));
  await page.getByRole('textbox', { name: '工作人员打哪个手机号码联系？' }).fill('13900001111');
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page.getByRole('heading', { level: 1, name: '请核对您填写的内容' })).toBeVisible();
  await expect(page.getByText('139****1111')).toBeVisible();

  await tap(page.getByRole('button', { name: '提交申请' }));
  await expect(page.getByRole('heading', { level: 1, name: '申请已提交' })).toBeVisible();
  const reference = (await submittedReference(page).textContent()) ?? '';
  expect(reference).toMatch(/^[A-Z]{2}-\d{6}-\d$/);
  await expect(page.getByText('回执已经打印，请从出纸口取走。')).toBeVisible();
  await expect.poll(() => texts.find((each) => each.text === reference)).toMatchObject({ digitByDigit: true });
  await expectScreenMeetsSizes(page);
  await expectNoAxeViolations(page);

  const receipts = readdirSync(join(kioskServer.dataDir, 'receipts')).map((file) => readFileSync(join(kioskServer.dataDir, 'receipts', file), 'utf8'));
  const receipt = receipts.find((text) => text.includes(reference));
  expect(receipt).toContain('高龄津贴申请');
  expect(receipt).not.toContain('13900001111');
  expect(receipt).not.toContain('410102194603151231');
});

test('an unanswered question says so, in the title, the focused summary and speech', async ({ page }) => {
  await startHighAgeAllowance(page);
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page).toHaveTitle('错误：您是给自己办，还是替别人办？');
  await expect(errorSummary(page)).toBeFocused();
  await expect(errorSummary(page)).toContainText('这一项还没有填。请填写后再点“下一步”。');
  await expect(page.locator('audio')).toHaveAttribute('data-speaking', /form\.errorSummary|这一项还没有填/);
  await tap(page.getByRole('button', { name: '家人代办' }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page).toHaveTitle('请输入身份证号码');
});

test('through headphones the check page reads the answers, privately', async ({ page }) => {
  const texts = recordSpokenTexts(page);
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

/** Presses Down until the focused control's name matches, then Enter: the keypad, no touch. */
async function chooseByKeypad(page: Page, name: RegExp): Promise<void> {
  for (let press = 0; press < 40; press += 1) {
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element?.getAttribute('aria-label') ?? (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? (element.labels?.[0]?.textContent ?? '') : (element?.textContent ?? ''));
    });
    if (name.test(focused.trim())) {
      if (!(await page.evaluate(() => document.activeElement instanceof HTMLInputElement || document.activeElement instanceof HTMLTextAreaElement))) await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`no control named ${String(name)} reached by the keypad`);
}

test('a certificate request in English, by keypad alone', async ({ page }) => {
  await openHome(page, '?lang=en');
  await chooseByKeypad(page, /^Certificates and appointments/);
  await chooseByKeypad(page, /^Start$/);
  await chooseByKeypad(page, /^For myself$/);
  await chooseByKeypad(page, /^Continue$/);
  await chooseByKeypad(page, /^ID card number$/);
  await page.keyboard.type('410102194603151231');
  await chooseByKeypad(page, /^Continue$/);
  await chooseByKeypad(page, /^Proof of residence$/);
  await chooseByKeypad(page, /^Continue$/);
  await chooseByKeypad(page, /^What is it for\?$/);
  await page.keyboard.type('For the bank');
  await chooseByKeypad(page, /^Continue$/);
  await chooseByKeypad(page, /^Which mobile number should staff call about this\?$/);
  await page.keyboard.type('13812345678');
  await chooseByKeypad(page, /^Continue$/);
  // The first half-day with a free place; Enter picks it. The places come from the backend, which may
  // still be making this run's English speech on demand.
  await expect(page.getByRole('group', { name: 'Days you can book' })).toBeVisible({ timeout: 20_000 });
  await chooseByKeypad(page, /, (Morning|Afternoon), Places left: \d+$/i);
  await chooseByKeypad(page, /^Continue$/);
  await chooseByKeypad(page, /^I agree$/);
  await chooseByKeypad(page, /^Continue$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expect(page.getByText('For the bank')).toBeVisible();
  await chooseByKeypad(page, /^Send application$/);
  // The e2e host builds no clips ahead: the backend is still making this run's English speech on demand,
  // on the thread that answers the submission, so the answer may take several seconds here.
  await expect(page.getByRole('heading', { level: 1, name: 'Application sent' })).toBeVisible({ timeout: 20_000 });
  await expect(submittedReference(page)).toHaveText(/^[A-Z]{2}-\d{6}-\d$/);
});

test('anonymous feedback: no name or phone is asked, and the receipt never carries the text', async ({ page, kioskServer }) => {
  await openService(page, '群众诉求和意见反馈');
  await tap(page.getByRole('button', { name: '开始办理' }));
  await tap(page.getByRole('button', { name: '服务质量' }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await tap(page.getByRole('button', { name: '是', exact: true }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await page.getByRole('textbox', { name: '您要反映什么事？' }).fill('村口路灯坏了三个月');
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page.getByRole('heading', { level: 1, name: '您同意把反映的内容交到县里处理吗？' })).toBeVisible();
  await tap(page.getByRole('button', { name: '我同意' }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page.getByRole('heading', { level: 1, name: '请核对您填写的内容' })).toBeVisible();
  await expect(page.getByText('您叫什么名字？')).toBeHidden();
  await tap(page.getByRole('button', { name: '提交申请' }));
  await expect(page.getByRole('heading', { level: 1, name: '申请已提交' })).toBeVisible();
  const reference = (await submittedReference(page).textContent()) ?? '';
  const receipt = readdirSync(join(kioskServer.dataDir, 'receipts'))
    .map((file) => readFileSync(join(kioskServer.dataDir, 'receipts', file), 'utf8'))
    .find((text) => text.includes(reference));
  expect(receipt).toContain('群众诉求和意见反馈');
  expect(receipt).not.toContain('路灯');
});
