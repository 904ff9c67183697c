import { expect, test } from './support/kiosk-test.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { callEveryoneWaiting, clearOpenHelpCalls, signInToConsole, takeTicket } from './support/staff.ts';

test('staff sign in (a wrong PIN says how many tries are left), then call, recall and finish a ticket', async ({ page }) => {
  await page.goto('/staff');
  await expect(page.getByRole('heading', { level: 1, name: '工作人员后台' })).toBeVisible();
  await page.getByRole('textbox', { name: '登录密码' }).fill('1111');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText(/^密码不对，还可以再试 \d 次。$/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: '登录密码' })).toHaveValue('');

  await signInToConsole(page);
  await expect(page.getByText('已登录：演示管理员（管理员）')).toBeVisible();
  await expect(page.getByText(/正在使用配置文件/)).toBeVisible();
  // The demo hall sends nothing to a county: its requests stay on the hall's worklist, and the console says so.
  await expect(page.getByRole('region', { name: '报送到县里' })).toContainText('本大厅没有开通报送');

  await callEveryoneWaiting(page.request);
  const number = await takeTicket(page.request);
  const waiting = page.getByRole('table', { name: /按叫号顺序/ });
  await expect(waiting.getByRole('row', { name: new RegExp(number) })).toBeVisible();

  const counter = page.getByRole('region', { name: '1号窗口' });
  await counter.getByRole('button', { name: '叫下一位' }).click();
  await expect(counter.getByRole('status')).toHaveText(`已叫 ${number} 号。`);
  await expect(counter.getByText(number, { exact: true })).toBeVisible();
  await expect(page.getByText('现在没有人在等。')).toBeVisible();

  await counter.getByRole('button', { name: '重呼' }).click();
  await expect(counter.getByRole('status')).toHaveText(`已重呼 ${number} 号。`);
  await counter.getByRole('button', { name: '办结' }).click();
  await expect(counter.getByRole('status')).toHaveText(`${number} 号已办结。`);
  await expect(counter.getByText('现在没有正在办理的号。')).toBeVisible();

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('textbox', { name: '登录密码' })).toBeVisible();
});

test('a resident’s call for help shows on the console within 1 s, named by the screen they were on', async ({ page }) => {
  // Connected: the console's live events are what tell the kiosk that staff can answer.
  const connected = page.waitForResponse((response) => response.url().includes('/api/events?client=staff'));
  await signInToConsole(page);
  await connected;
  // The console has finished opening (its figures come last); the call is made while staff look at it.
  await expect(page.getByRole('heading', { level: 2, name: '今天的数据' })).toBeVisible();
  await clearOpenHelpCalls(page.request);
  const calls = page.getByRole('region', { name: '居民呼叫' });
  await expect(calls.getByText('现在没有居民呼叫。')).toBeVisible();

  const made = await page.request.post('/api/help', { data: { screen: 'form:high-age-allowance:idNumber', serviceId: 'high-age-allowance' } });
  expect(made.status(), 'a console is online and the hall is open').toBe(201);
  const where = '高龄津贴申请 · 老人的身份证号码是多少？';
  await expect(calls.getByRole('alert')).toHaveText(`有居民呼叫：${where}`, { timeout: 1000 });
  const call = calls.getByRole('listitem').filter({ hasText: where });
  await expect(call).toContainText('还没有人去');
  await expect(page.getByRole('figure', { name: '在哪个页面呼叫了工作人员' }).getByRole('row', { name: new RegExp(where) })).toBeVisible();
  await expectNoAxeViolations(page);

  await call.getByRole('button', { name: '我去处理' }).click();
  await expect(call).toContainText('已有人去处理');
  await call.getByRole('button', { name: '已解决' }).click();
  await expect(call).toBeHidden();
});

test('an admin switches a service off: the kiosk no longer offers it; and back on', async ({ page }) => {
  await signInToConsole(page);
  const services = page.getByRole('region', { name: '事项开关' });
  const policy = services.getByRole('switch', { name: '政策咨询' });
  const offered = async () => ((await (await page.request.get('/api/catalog')).json()) as { services: { id: string }[] }).services.map((each) => each.id);
  await expect(policy).toBeChecked();
  try {
    // The counter PC's keyboard: Space flips a switch.
    await policy.focus();
    await page.keyboard.press('Space');
    await expect(services.getByRole('status')).toContainText('已关闭“政策咨询”');
    await expect(policy).not.toBeChecked();
    expect(await offered()).not.toContain('policy-consultation');
  } finally {
    // The specs share one hall: it is left as it was found.
    if (!(await offered()).includes('policy-consultation')) {
      await policy.focus();
      await page.keyboard.press('Space');
    }
  }
  await expect(services.getByRole('status')).toContainText('已打开“政策咨询”');
  expect(await offered()).toContain('policy-consultation');
});
