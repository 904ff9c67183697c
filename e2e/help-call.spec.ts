import { expect, test } from './support/kiosk-test.ts';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectScreenMeetsSizes } from './support/measure.ts';
import { openHome } from './support/screens.ts';
import { recordSpokenTexts } from './support/speech.ts';
import { tap } from './support/tap.ts';

const { hall } = JSON.parse(readFileSync('kiosk-config/default.json', 'utf8')) as { hall: { dutyPhone: string } };
const highAgeAllowance = JSON.parse(readFileSync('seeds/high-age-allowance.json', 'utf8')) as { form: { questions: { id: string }[] } };

/** The help call the page sends next, as the backend receives it. */
function nextHelpCall(page: Page) {
  return page.waitForRequest((request) => request.url().endsWith('/api/help') && request.method() === 'POST');
}

// With a staff console online the call waits for staff; the lead's three-page spec covers that.
test('with no staff console online, 呼叫工作人员 says at once that nobody can come and reads the duty phone digit by digit; F8 on a form question calls from there', async ({ page }) => {
  const spoken = recordSpokenTexts(page);
  await openHome(page);
  const dialog = page.getByRole('dialog', { name: '呼叫工作人员' });

  await test.step('呼叫工作人员 on home: nobody can come, the duty phone shown and read digit by digit', async () => {
    const call = nextHelpCall(page);
    await tap(page.getByRole('button', { name: '呼叫工作人员' }));
    expect((await call).postDataJSON()).toEqual({ screen: 'home' });
    // Nobody online, or the hall closed at the time the suite runs: either way, no waiting.
    await expect(dialog.getByText(/^(现在没有工作人员能过来|现在不是办公时间，工作人员不在)。请打值班电话：$/)).toBeVisible();
    await expect(dialog.getByText(hall.dutyPhone)).toBeVisible();
    await expect.poll(() => spoken.find((each) => each.text === hall.dutyPhone)).toMatchObject({ digitByDigit: true });
    await expectScreenMeetsSizes(page);
    await expectNoAxeViolations(page);
    await tap(dialog.getByRole('button', { name: '关闭' }));
    await expect(dialog).toBeHidden();
  });

  await test.step('F8 on a form question: the call names the service and the question', async () => {
    await tap(page.getByRole('button', { name: /^高龄津贴申请/ }));
    await tap(page.getByRole('button', { name: '开始办理' }));
    await tap(page.getByRole('button', { name: '本人', exact: true }));
    const call = nextHelpCall(page);
    await page.keyboard.press('F8');
    expect((await call).postDataJSON()).toEqual({
      screen: `form:high-age-allowance:${highAgeAllowance.form.questions[0]?.id}`,
      serviceId: 'high-age-allowance',
    });
    await expect(dialog.getByText(hall.dutyPhone)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // The question and its answer so far are still there.
    await expect(page.getByRole('button', { name: '本人', exact: true })).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('over the kiosk\'s limit on help calls (issue #16.4): go to the counter or ring the duty phone, shown and said', async () => {
    const clipsHeard: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/audio/clips/zh-CN/')) clipsHeard.push(decodeURIComponent(path.split('/').at(-1) ?? ''));
    });
    // The limit itself is held by electron/server/request-limits.test.ts; this worker's hall has room for every spec.
    await page.route('**/api/help', (route) => route.fulfill({ status: 429, headers: { 'Retry-After': '30' }, json: { ok: false, error: 'too-many-requests', retryAfterSeconds: 30 } }), { times: 1 });
    await page.keyboard.press('F8');
    await expect(dialog.getByText('刚才呼叫的次数太多，这一次没有发出去，已经告诉工作人员了。请到窗口找工作人员，或者打值班电话：')).toBeVisible();
    await expect(dialog.getByText(hall.dutyPhone)).toBeVisible();
    await expect.poll(() => clipsHeard).toContain('help.too-many');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});
