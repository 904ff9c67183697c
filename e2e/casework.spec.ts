import { expect, test } from './support/kiosk-test.ts';
import type { Page } from '@playwright/test';
import { answerHighAgeAllowance, openService, submittedReference } from './support/screens.ts';
import { pdfText } from './support/pdf-text.ts';
import { signInToConsole } from './support/staff.ts';
import { tap } from './support/tap.ts';

/** At the counter PC: the worklist, the A4 form as PDF, the 流水号 typed in, and 办结. */
async function carryToDepartment(counterPc: Page, reference: string): Promise<void> {
  await signInToConsole(counterPc);
  const worklist = counterPc.getByRole('region', { name: '办件清单' });
  const row = worklist.getByRole('row', { name: new RegExp(reference) });
  await expect(row).toContainText('高龄津贴申请');
  await expect(row).toContainText('民政');
  await row.getByRole('button', { name: `打开 ${reference}` }).click();
  const detail = worklist.getByRole('region', { name: `高龄津贴申请（${reference}）` });
  await expect(detail.getByRole('table', { name: '申请内容' }).getByRole('row', { name: '身份证号码' })).toContainText('410102194603151231');

  const opened = counterPc.waitForEvent('popup');
  await detail.getByRole('link', { name: '查看申请表' }).click();
  const form = await opened;
  // The tab opens before its page has loaded.
  await expect(form.getByText(reference).first()).toBeVisible();
  const text = pdfText(await form.pdf({ preferCSSPageSize: true, printBackground: true }));
  for (const expected of ['高龄津贴申请', reference, '民政', '410102194603151231', '6228480012345678901', '申请人（或代办人）签字/按手印']) expect(text).toContain(expected);
  await form.close();

  const status = worklist.getByRole('status');
  await detail.getByRole('button', { name: '开始办理' }).click();
  await expect(status).toHaveText(`${reference} 已开始办理。`);
  await detail.getByRole('textbox', { name: '系统给的流水号' }).fill('MZ-2026-0107');
  await detail.getByRole('button', { name: '已录入系统' }).click();
  await expect(status).toHaveText(`${reference} 已记下流水号。`);
  await detail.getByRole('button', { name: '办结' }).click();
  await expect(status).toHaveText(`${reference} 已办结。`);
}

/**
 * Issue #7, Tests: what happens after 提交. The resident applies at the kiosk; at the counter, staff open
 * the request on the worklist, print its A4 form, type it into 民政's system, record the 流水号 and close
 * it; back at the kiosk, the resident's progress enquiry says it is done. Kiosk and counter PC are two
 * browsers with no shared cookies.
 */
test('a resident applies at the kiosk, staff carry it to 民政 and close it, and the enquiry then says it is done', async ({ page: kiosk, browser }) => {
  test.setTimeout(120_000);
  await answerHighAgeAllowance(kiosk);
  await tap(kiosk.getByRole('button', { name: '提交申请' }));
  await expect(kiosk.getByRole('heading', { level: 1, name: '申请已提交' })).toBeVisible();
  const reference = (await submittedReference(kiosk).textContent()) ?? '';
  expect(reference).toMatch(/^[A-Z]{2}-\d{6}-\d$/);

  // Closed at the end, pass or fail: a console left signed in would answer the next spec's help calls.
  const counter = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    await carryToDepartment(await counter.newPage(), reference);
  } finally {
    await counter.close();
  }

  // Back at the kiosk, the next day perhaps: 办理进度查询 by the reference on the receipt.
  await tap(kiosk.getByRole('button', { name: '返回首页' }));
  await openService(kiosk, '办理进度查询');
  await tap(kiosk.getByRole('button', { name: /^用办理编号查/ }));
  const [letters, digits] = [reference.slice(0, 2), reference.replace(/-/g, '').slice(2)];
  for (const letter of letters) await tap(kiosk.getByRole('group', { name: '办理编号的字母' }).getByRole('button', { name: letter, exact: true }));
  for (const digit of digits) await tap(kiosk.getByRole('group', { name: '办理编号键盘' }).getByRole('button', { name: digit, exact: true }));
  await tap(kiosk.getByRole('button', { name: '查询' }));
  // The e2e host makes this run's speech on demand, on the thread that answers the enquiry.
  await expect(kiosk.getByRole('heading', { level: 1, name: '查询结果' })).toBeVisible({ timeout: 20_000 });
  const found = kiosk.getByRole('list', { name: '您办的事' }).getByRole('listitem').first();
  await expect(found).toContainText('高龄津贴申请');
  await expect(found).toContainText('已经办完');
  await expect(kiosk.locator('[data-prompt]')).toHaveAttribute('data-prompt', /enquiry\.status\.hall\.done/);
});
