import { expect, test } from './support/kiosk-test.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { startHallDeviceProxy } from './support/hall-device.ts';
import { serveOtherPage } from './support/other-origin.ts';
import { auditEventsAfter, callEveryoneWaiting, clearOpenHelpCalls, demoAdminPin, newestAuditId, signInToConsole, takeTicket } from './support/staff.ts';

test('staff sign in (a wrong PIN says how many tries are left), call, recall and finish a ticket, see a priority ticket named next and called before a later ordinary one, are safe from a page on another port, and sign out for good', async ({ page }) => {
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

  // Issue #20.1: a priority ticket taken before an ordinary one is named as next, with why, and called first.
  await expect(page.getByText(/^叫号顺序：优先号不会排在比它晚来的普通号后面。/)).toBeVisible();
  const priorityNumber = await takeTicket(page.request, 'A', true);
  const ordinaryNumber = await takeTicket(page.request);
  const callNext = counter.getByRole('button', { name: '叫下一位' });
  await expect(callNext).toHaveAccessibleDescription(`下一位：${priorityNumber} · 优先号，等候最久`);
  await callNext.click();
  await expect(counter.getByRole('status')).toHaveText(`已叫 ${priorityNumber} 号。`);
  await expect(callNext).toHaveAccessibleDescription(`下一位：${ordinaryNumber} · 普通号，按取号顺序`);
  await callEveryoneWaiting(page.request);

  // Issue #16.2: a page on another port of 127.0.0.1 is the same site, so the browser sends it the staff
  // cookie; the kiosk refuses its change anyway, by its Origin.
  const newestAudit = await newestAuditId(page.request);
  const elsewhere = await serveOtherPage();
  try {
    const attacker = await page.context().newPage();
    await attacker.goto(elsewhere.url);
    const refused = attacker.waitForEvent('requestfailed', (request) => request.url().endsWith('/api/staff/kiosk/reset'));
    await attacker.evaluate((kiosk) => fetch(`${kiosk}/api/staff/kiosk/reset`, { method: 'POST', credentials: 'include', mode: 'no-cors' }).catch(() => 'hidden'), new URL(page.url()).origin);
    // The kiosk answered (its CORP header then hides the answer from that page), so the request was sent.
    expect((await refused).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin');
    await attacker.close();
  } finally {
    await elsewhere.close();
  }
  expect(await auditEventsAfter(page.request, newestAudit)).not.toContain('session.reset');

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('textbox', { name: '登录密码' })).toBeVisible();
  // Issue #16.1: the session really ended, so a reload asks for the PIN again.
  await page.reload();
  await expect(page.getByRole('textbox', { name: '登录密码' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '排队叫号' })).toHaveCount(0);
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

test('an admin switches a service off: the kiosk no longer offers it; and back on; and removes a staff member, who can no longer sign in', async ({ page }) => {
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

  // Issue #16.1: removing a staff member (a bodyless DELETE) holds after a reload, and their PIN no longer signs in.
  const trainee = { name: '实习生小李', role: 'staff', pin: '97531' };
  expect((await page.request.post('/api/staff/admin/staff', { data: trainee })).status()).toBe(201);
  await page.reload();
  const staffList = page.getByRole('table', { name: '可以登录后台的人' });
  await staffList.getByRole('row', { name: new RegExp(trainee.name) }).getByRole('button', { name: '删除' }).click();
  await page.getByRole('alertdialog', { name: `要删除 ${trainee.name} 吗？` }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByText(`已删除 ${trainee.name}。`)).toBeVisible();
  await page.reload();
  await expect(staffList.getByRole('row', { name: /演示管理员/ })).toBeVisible();
  await expect(staffList.getByRole('row', { name: new RegExp(trainee.name) })).toHaveCount(0);
  expect((await page.request.post('/api/staff/session', { data: { pin: trainee.pin, where: 'console' } })).status()).toBe(401);
});

test('issue #16.8: a device paired from the hall network is in the admin’s list; revoked there, it is asked to pair again', async ({ page, browser, baseURL }) => {
  const proxy = await startHallDeviceProxy();
  const counterPc = await browser.newContext({ proxy: { server: proxy.server }, viewport: { width: 1920, height: 1080 } });
  try {
    const device = await counterPc.newPage();
    const pairingHeading = device.getByRole('heading', { level: 2, name: '先把这台电脑和自助机配对' });
    await device.goto(`${baseURL}/staff`);
    await expect(pairingHeading).toBeVisible();

    // Staff signed in at the kiosk itself get the code, as at the kiosk's 配对码 button.
    expect((await page.request.post('/api/staff/session', { data: { pin: demoAdminPin, where: 'kiosk' } })).status()).toBe(200);
    const { code } = (await (await page.request.get('/api/staff/pairing-code')).json()) as { code: string };
    await device.getByRole('textbox', { name: '配对码' }).fill(code);
    await device.getByRole('textbox', { name: '这台设备的名称（可以不填）' }).fill('柜台电脑');
    await device.getByRole('button', { name: '配对' }).click();
    await expect(device.getByRole('textbox', { name: '登录密码' })).toBeVisible();

    // The same staff member opens the console on the kiosk's own browser, already signed in.
    await page.goto('/staff');
    const row = page.getByRole('table', { name: '和自助机配对过的电脑和电视' }).getByRole('row', { name: /柜台电脑/ });
    await expect(row).toContainText('演示管理员 配对');
    await expect(row).toContainText('地址 127.0.0.2');
    await expectNoAxeViolations(page);
    await row.getByRole('button', { name: '撤销配对' }).click();
    const question = page.getByRole('alertdialog', { name: '要撤销“柜台电脑”的配对吗？' });
    await question.getByRole('button', { name: '撤销' }).click();
    await expect(page.getByText('已撤销“柜台电脑”的配对。')).toBeVisible();
    await expect(row).toBeHidden();

    await device.reload();
    await expect(pairingHeading).toBeVisible();
  } finally {
    await counterPc.close();
    await proxy.close();
  }
});
