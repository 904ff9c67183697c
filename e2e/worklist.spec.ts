import { expect, test } from './support/kiosk-test.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { disabilitySubsidyAnswers as answers } from '../electron/testing/worklist-requests.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { pdfText } from './support/pdf-text.ts';
import { signInToConsole } from './support/staff.ts';

test('staff find a resident’s application on the worklist, print its A4 form, enter it in the 残联 system and close it', async ({ page, kioskServer }) => {
  // Printing a PDF takes Chromium a few seconds on the hall's 2-core machine.
  test.setTimeout(90_000);
  const submitted = await page.request.post('/api/applications', { data: { serviceId: 'disability-subsidies', locale: 'zh-CN', answers } });
  expect(submitted.status()).toBe(201);
  const { reference } = (await submitted.json()) as { reference: string };

  await signInToConsole(page);
  const worklist = page.getByRole('region', { name: '办件清单' });
  const row = worklist.getByRole('row', { name: new RegExp(reference) });
  // Lists show the masked ID number only.
  await expect(row).toContainText('残疾人两项补贴');
  await expect(row).toContainText('4101**********1231');
  await expect(row).toContainText('残联');
  await expect(row).toContainText('新提交');
  await expect(worklist).not.toContainText('李秀英');

  await row.getByRole('button', { name: `打开 ${reference}` }).click();
  const detail = worklist.getByRole('region', { name: `残疾人两项补贴（${reference}）` });
  await expect(detail.getByRole('heading', { level: 3 })).toBeFocused();
  const fields = detail.getByRole('table', { name: '申请内容' });
  await expect(fields.getByRole('row').first()).toHaveText('残疾人证号41010219460315123112');
  await expect(fields.getByRole('row', { name: '代办人姓名' })).toContainText('李秀英');
  await expect(fields.getByRole('row', { name: '身份证号码' })).toContainText('410102194603151231');
  await expectNoAxeViolations(page);

  // The A4 form opens in its own tab; printed to PDF by the browser, it reads as the department needs.
  const viewed = page.waitForEvent('popup');
  await detail.getByRole('link', { name: '查看申请表' }).click();
  const formPage = await viewed;
  await expect(formPage).toHaveTitle(`残疾人两项补贴申请表 ${reference}`);
  const text = pdfText(await formPage.pdf({ preferCSSPageSize: true, printBackground: true }));
  for (const expected of ['残疾人两项补贴申请表', reference, '残联', '李秀英', '410102194603151231', '申请人（或代办人）签字/按手印', '经办工作人员签字']) {
    expect(text).toContain(expected);
  }
  await formPage.close();

  // "Print on this computer" opens the form and asks the browser to print it (the OS print dialog).
  await page.context().addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-print-asked', 'yes');
  });
  const printing = page.waitForEvent('popup');
  await detail.getByRole('button', { name: '用这台电脑打印申请表' }).click();
  const printedPage = await printing;
  await expect(printedPage.locator('html')).toHaveAttribute('data-print-asked', 'yes');
  await printedPage.close();

  // The e2e hall has no A4 printer: the kiosk saves the form as a PDF in its data directory, as it does receipts.
  await detail.getByRole('button', { name: '用大厅 A4 打印机打印' }).click();
  await expect(worklist.getByRole('status')).toContainText('申请表已保存为 PDF 文件', { timeout: 60_000 });
  const saved = readdirSync(join(kioskServer.dataDir, 'forms')).filter((file) => file.endsWith(`-${reference}.pdf`));
  expect(saved).toHaveLength(1);
  expect(pdfText(readFileSync(join(kioskServer.dataDir, 'forms', saved[0] ?? '')))).toContain('李秀英');

  const status = worklist.getByRole('status');
  await detail.getByRole('button', { name: '开始办理' }).click();
  await expect(status).toHaveText(`${reference} 已开始办理。`);
  const serial = detail.getByRole('textbox', { name: '系统给的流水号' });
  await serial.fill('CL 2026');
  await detail.getByRole('button', { name: '已录入系统' }).click();
  await expect(detail.getByText('流水号只能有字母、数字和横线，最多 40 个。')).toBeVisible();
  await serial.fill('CL-2026-0042');
  await detail.getByRole('button', { name: '已录入系统' }).click();
  await expect(status).toHaveText(`${reference} 已记下流水号。`);
  await expect(detail).toContainText('流水号：CL-2026-0042');
  await detail.getByRole('button', { name: '办结' }).click();
  await expect(status).toHaveText(`${reference} 已办结。`);

  // Done work leaves the "not yet done" list, and shows once that filter is off.
  await expect(row).toHaveCount(0);
  // The counter PC's keyboard: Space flips a switch and picks a radio button.
  const choose = async (control: ReturnType<typeof worklist.getByRole>) => {
    await control.focus();
    await page.keyboard.press('Space');
  };
  await choose(worklist.getByRole('switch', { name: '只看还没办完的' }));
  await expect(row).toContainText('已办结');
  await choose(worklist.getByRole('radio', { name: '残联' }));
  await expect(row).toBeVisible();
  await choose(worklist.getByRole('radio', { name: '民政' }));
  await expect(row).toHaveCount(0);
});
