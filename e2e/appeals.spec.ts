import { expect, test } from './support/kiosk-test.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectScreenMeetsSizes } from './support/measure.ts';
import { openHome, openService, submittedReference } from './support/screens.ts';
import { signInToConsole } from './support/staff.ts';
import { tap } from './support/tap.ts';

const appealText = '三组会计多收了我家的新农合保费';

test('the 12345 hotline shows beside the appeal service, on its tile and its screen, and is said', async ({ page }) => {
  await openHome(page);
  await expect(page.getByRole('button', { name: /^群众诉求和意见反馈/ })).toContainText('12345');
  const spoken: { text: string; digitByDigit?: boolean }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/audio/speak')) spoken.push(request.postDataJSON() as { text: string });
  });
  await tap(page.getByRole('button', { name: /^群众诉求和意见反馈/ }));
  const hotline = page.getByRole('region', { name: '政务服务便民热线' });
  await expect(hotline).toContainText('12345');
  await expect(page.locator('[data-prompt]')).toHaveAttribute('data-prompt', /appeals\.hotlineHeading \| 12345/);
  // Said after the heading's clip, which the e2e host may still be making on demand.
  await expect.poll(() => spoken.find((each) => each.text === '12345'), { timeout: 20_000 }).toMatchObject({ digitByDigit: true });
  await expectScreenMeetsSizes(page);
  await expectNoAxeViolations(page);
});

test('a resident files an anonymous appeal, and no page of the staff console shows its text', async ({ page, browser }) => {
  await openService(page, '群众诉求和意见反馈');
  await tap(page.getByRole('button', { name: '开始办理' }));
  await tap(page.getByRole('button', { name: '工作人员作风' }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await tap(page.getByRole('button', { name: '是', exact: true }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await page.getByRole('textbox', { name: '您要反映什么事？' }).fill(appealText);
  await tap(page.getByRole('button', { name: '下一步' }));
  await tap(page.getByRole('button', { name: '我同意' }));
  await tap(page.getByRole('button', { name: '下一步' }));
  await tap(page.getByRole('button', { name: '提交申请' }));
  await expect(page.getByRole('heading', { level: 1, name: '申请已提交' })).toBeVisible();
  const reference = (await submittedReference(page).textContent()) ?? '';
  expect(reference).toMatch(/^[A-Z]{2}-\d{6}-\d$/);

  const staff = await browser.newPage();
  await signInToConsole(staff);
  // Every panel of the console has loaded, the figures last.
  await expect(staff.getByRole('heading', { level: 2, name: '今天的数据' })).toBeVisible();
  await expect(staff.getByRole('region', { name: '报送到县里' })).toBeVisible();
  for (const heading of await staff.getByRole('heading', { level: 2 }).allTextContents()) {
    await expect(staff.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    expect(await staff.content(), heading).not.toContain(appealText);
  }
  expect(await staff.content()).not.toContain('多收了');
  // The API behind those pages says nothing of it either.
  for (const path of ['/api/sync', '/api/reports/today', '/api/help', '/api/staff/audit', '/api/staff/status', '/api/staff/admin']) {
    expect(await (await staff.request.get(path)).text(), path).not.toContain(appealText);
  }
  await staff.close();
});
