import { expect, test } from './support/kiosk-test.ts';
import type { APIRequestContext, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { moveFocusTo } from './support/keypad.ts';
import { expectScreenMeetsSizes } from './support/measure.ts';
import { chooseLook, openHome, openService } from './support/screens.ts';
import { recordSpokenTexts } from './support/speech.ts';
import { doubleTapGuardMs, tap } from './support/tap.ts';

const idNumber = '410102194603151231';

/** A high-age allowance filed by the resident's daughter, straight through the API; its reference. */
async function fileAllowance(request: APIRequestContext): Promise<string> {
  const answers = {
    applicantRelation: 'family',
    idNumber,
    agentName: '李秀英',
    agentMobile: '13700001111',
    paymentAccount: { kind: 'bank-card', bank: '中国农业银行', account: '6228480012345678901' },
    contactMobile: '13812345678',
    consent: true,
  };
  const response = await request.post('/api/applications', { data: { serviceId: 'high-age-allowance', locale: 'zh-CN', answers } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}

async function expectAccessible(page: Page): Promise<void> {
  await expect(page.locator('[data-prompt]')).toHaveAttribute('data-prompt', /\S/);
  await expectScreenMeetsSizes(page);
  await expectNoAxeViolations(page);
}

async function openReferenceEntry(page: Page): Promise<void> {
  await openService(page, '办理进度查询');
  await expectAccessible(page);
  await tap(page.getByRole('button', { name: /^用办理编号查/ }));
  await expect(page.getByRole('heading', { level: 1, name: '请输入回执上的办理编号' })).toBeVisible();
}

/** A keypad user's Enter: a press, not a burst, so the double-tap guard lets it through. */
async function pressEnter(page: Page): Promise<void> {
  await page.waitForTimeout(doubleTapGuardMs + 50);
  await page.keyboard.press('Enter');
}

const letterPad = (page: Page) => page.getByRole('group', { name: '办理编号的字母' });
const digitPad = (page: Page) => page.getByRole('group', { name: '办理编号键盘' });

/** The results screen shows and says the status words, and says nothing personal. */
async function expectStatusShownAndSaid(page: Page, spoken: { text: string }[]): Promise<void> {
  // The e2e host builds no clips ahead: the backend may still be making this run's speech on demand
  // (each control a keypad user reaches is described) on the thread that answers the enquiry.
  await expect(page.getByRole('heading', { level: 1, name: '查询结果' })).toBeVisible({ timeout: 20_000 });
  const found = page.getByRole('list', { name: '您办的事' }).getByRole('listitem').first();
  await expect(found).toContainText('高龄津贴申请');
  await expect(found).toContainText('已收到，等待办理');
  await expect(found).toContainText('工作人员会尽快把您的申请交给主管部门。');
  await expect(found).toContainText('李*英');
  const prompt = page.locator('[data-prompt]');
  await expect(prompt).toHaveAttribute('data-prompt', /service\.high-age-allowance\.name \| enquiry\.status\.hall\.new \| enquiry\.next\.hall\.new/);
  await expect(prompt).not.toHaveAttribute('data-prompt', /李|\*|4101|1231/);
  expect(spoken.some((each) => /李|4101|1231|1370/.test(each.text))).toBe(false);
}

test('by touch: a wrong check digit is said and shown, then the right reference shows where the allowance stands', async ({ page }) => {
  test.setTimeout(60_000);
  const reference = await fileAllowance(page.request);
  const spoken = recordSpokenTexts(page);
  await openReferenceEntry(page);
  await expectAccessible(page);

  const [letters, digits] = [reference.slice(0, 2), reference.replace(/-/g, '').slice(2)];
  for (const letter of letters) await tap(letterPad(page).getByRole('button', { name: letter, exact: true }));
  await expect(digitPad(page)).toBeVisible();
  await expectAccessible(page);
  const wrongCheck = String((Number(digits.at(-1)) + 1) % 10);
  for (const digit of digits.slice(0, -1) + wrongCheck) await tap(digitPad(page).getByRole('button', { name: digit, exact: true }));
  await tap(page.getByRole('button', { name: '查询' }));
  await expect(page.getByText('办理编号不对。请对照回执，再输入一遍。').first()).toBeVisible();
  await expect(page.locator('[data-prompt]')).toHaveAttribute('data-prompt', 'form.errorSummary | enquiry.reference.errors.checksum');
  await expect(page.locator('audio')).toHaveAttribute('data-speaking', /form\.errorSummary|enquiry\.reference\.errors\.checksum/);
  await expectAccessible(page);

  await tap(page.getByRole('button', { name: '删掉一位' }));
  await tap(digitPad(page).getByRole('button', { name: digits.at(-1) ?? '', exact: true }));
  await tap(page.getByRole('button', { name: '查询' }));
  await expectStatusShownAndSaid(page, spoken);
  await expectAccessible(page);
});

test('by keypad: Down to each letter and Enter, the digits typed on the hall keypad, Enter on 查询', async ({ page }) => {
  test.setTimeout(60_000);
  const reference = await fileAllowance(page.request);
  const spoken = recordSpokenTexts(page);
  await openReferenceEntry(page);
  for (const letter of reference.slice(0, 2)) {
    await moveFocusTo(letterPad(page).getByRole('button', { name: letter, exact: true }));
    await pressEnter(page);
  }
  await page.getByRole('textbox', { name: '办理编号' }).focus();
  await page.keyboard.type(reference.replace(/-/g, '').slice(2));
  await expect(page.getByRole('textbox', { name: '办理编号' })).toHaveValue(reference.replace(/-/g, ''));
  await moveFocusTo(page.getByRole('button', { name: '查询' }));
  await pressEnter(page);
  await expectStatusShownAndSaid(page, spoken);
});

test('by ID number: every request of the resident; and an ID number with none says how to ask staff', async ({ page }) => {
  const reference = await fileAllowance(page.request);
  await openService(page, '办理进度查询');
  await tap(page.getByRole('button', { name: /^用身份证查/ }));
  await page.getByRole('textbox', { name: '身份证号码' }).fill(idNumber);
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page.getByRole('heading', { level: 1, name: '查询结果' })).toBeVisible();
  await expect(page.getByRole('list', { name: '您办的事' })).toContainText(reference);
  await expect(page.getByText(idNumber)).toHaveCount(0);

  await tap(page.getByRole('button', { name: '再查一次' }));
  await tap(page.getByRole('button', { name: /^用身份证查/ }));
  await page.getByRole('textbox', { name: '身份证号码' }).fill('110101195001011239');
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page.getByText('没有查到。')).toBeVisible();
  await expect(page.getByText(/请按“呼叫工作人员”/)).toBeVisible();
  await expect(page.locator('[data-prompt]')).toHaveAttribute('data-prompt', 'enquiry.results.none | enquiry.results.noneHelp');
  await expectAccessible(page);
});

test('at the largest text in the dark high-contrast theme, the enquiry screens still fit, in English too', async ({ page }) => {
  test.setTimeout(90_000);
  const reference = await fileAllowance(page.request);
  await openHome(page);
  await chooseLook(page, '超大', '黑底高对比');
  await tap(page.getByRole('button', { name: '切换到English' }));
  await tap(page.getByRole('button', { name: /^Check on a request/ }));
  await expectScreenMeetsSizes(page, 48);
  await expectNoAxeViolations(page);
  await tap(page.getByRole('button', { name: /^Use the reference number/ }));
  await expectScreenMeetsSizes(page, 48);
  await page.getByRole('textbox', { name: 'Reference number' }).fill(reference.replace(/-/g, ''));
  await expectScreenMeetsSizes(page, 48);
  await tap(page.getByRole('button', { name: 'Check', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'What we found' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Received, waiting to be handled')).toBeVisible();
  await expectScreenMeetsSizes(page, 48);
  await expectNoAxeViolations(page);
});
