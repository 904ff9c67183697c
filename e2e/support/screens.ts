import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { tap } from './tap.ts';

export const homeHeading = '请选择要办理的事项';

/** The reference on 申请已提交, as the resident reads it: the line that is only a reference, such as AF-250301-7. */
export function submittedReference(page: Page): Locator {
  return page.getByText(/^[A-Z]{2}-\d{6}-\d$/);
}

/** The error summary at the top of a page, named by its heading (accessibility.md, Forms). */
export function errorSummary(page: Page): Locator {
  return page.getByRole('group', { name: '有问题，请改正' });
}

export async function openHome(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  // The services list, not the loading screen's heading; the heading takes focus once the screen's
  // effects (key map, scanning, idle timer) are in place.
  await expect(page.getByRole('list').getByRole('button').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

export async function openService(page: Page, name: string): Promise<void> {
  await openHome(page);
  await tap(page.getByRole('button', { name: new RegExp(`^${name}`) }));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The high-age allowance form's first question: who is applying. */
export async function startHighAgeAllowance(page: Page): Promise<void> {
  await openService(page, '高龄津贴申请');
  await tap(page.getByRole('button', { name: '开始办理' }));
  await expect(page.getByRole('button', { name: '本人', exact: true })).toBeVisible();
}

export async function openIdNumber(page: Page): Promise<void> {
  await startHighAgeAllowance(page);
  await tap(page.getByRole('button', { name: '本人', exact: true }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page.getByRole('heading', { level: 1, name: '请输入身份证号码' })).toBeVisible();
}

export async function openDisplayPanel(page: Page): Promise<void> {
  await openHome(page);
  await tap(page.getByRole('button', { name: '看得清/听得见' }));
  await expect(page.getByRole('dialog', { name: '看得清/听得见' })).toBeVisible();
}

/**
 * The fixed sample of screen kinds checked in every theme and at the largest step, visited in one
 * session (the look is a session setting): home, a description, a question with its error, a dialog.
 */
export async function visitSampleScreens(page: Page, check: (kind: string) => Promise<void>): Promise<void> {
  await check('home');
  await tap(page.getByRole('button', { name: /^残疾人两项补贴/ }));
  await expect(page.getByRole('heading', { level: 1, name: '残疾人两项补贴' })).toBeVisible();
  await check('description');
  await tap(page.getByRole('button', { name: '开始办理' }));
  await tap(page.getByRole('button', { name: '本人', exact: true }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await page.getByRole('textbox', { name: '身份证号码' }).fill('4101021946');
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page.getByText('有问题，请改正')).toBeVisible();
  await check('question with an error');
  await tap(page.getByRole('button', { name: '看得清/听得见' }));
  await expect(page.getByRole('dialog', { name: '看得清/听得见' })).toBeVisible();
  await check('dialog');
}

/** Sets the look as the resident would, through the 看得清/听得见 panel. */
export async function chooseLook(page: Page, textSize: string, theme: string): Promise<void> {
  const panelWasOpen = await page.getByRole('dialog', { name: '看得清/听得见' }).isVisible();
  if (!panelWasOpen) await tap(page.getByRole('button', { name: '看得清/听得见' }));
  await tap(page.getByRole('group', { name: '字的大小' }).getByRole('button', { name: textSize, exact: true }));
  await tap(page.getByRole('group', { name: '颜色' }).getByRole('button', { name: theme, exact: true }));
  if (!panelWasOpen) await tap(page.getByRole('button', { name: '完成' }));
}

/** The high-age allowance, answered as a resident would, up to the check-answers page. */
export async function answerHighAgeAllowance(page: Page): Promise<void> {
  await openIdNumber(page);
  await answerFromIdNumber(page);
}

/** From the high-age allowance's ID number page to its check-answers page, in the same session. */
export async function answerFromIdNumber(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: '身份证号码' }).fill('410102194603151231');
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page.getByRole('heading', { level: 1, name: '津贴发到哪张卡上？' })).toBeVisible();
  await tap(page.getByRole('button', { name: '中国农业银行' }));
  await page.getByRole('textbox', { name: '卡号' }).fill('6228480012345678901');
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page.getByRole('heading', { level: 1, name: '工作人员打哪个手机号码联系？' })).toBeVisible();
  await page.getByRole('textbox', { name: '工作人员打哪个手机号码联系？' }).fill('13812345678');
  await tap(page.getByRole('button', { name: '下一步' }));
  await tap(page.getByRole('button', { name: '我同意' }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await expect(page.getByRole('heading', { level: 1, name: '请核对您填写的内容' })).toBeVisible();
}
