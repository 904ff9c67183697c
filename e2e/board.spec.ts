import { expect, test } from './support/kiosk-test.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { callEveryoneWaiting, signInByApi, takeTicket } from './support/staff.ts';

/** The words of a call, made ahead as a hall's start-up build makes them (this server makes clips when first asked). */
const announcementClips = ['board.announce.please', 'board.announce.toWindow', 'board.announce.handle'];

test('a call shows on the board, stands out, and is announced twice: 请 A012 号到 1号窗口办理', async ({ page, request }) => {
  // The second time starts about 10 s after the call: the announcement is spoken at the hall's pace.
  test.setTimeout(60_000);
  for (const id of announcementClips) expect((await request.get(`/api/audio/clips/zh-CN/${id}`)).status()).toBe(200);
  await signInByApi(request);
  await callEveryoneWaiting(request);
  const number = await takeTicket(request);
  const clips: string[] = [];
  const spoken: { text: string; digitByDigit: boolean }[] = [];
  page.on('request', (sent) => {
    const path = new URL(sent.url()).pathname;
    if (path.startsWith('/api/audio/clips/zh-CN/board.announce.')) clips.push(path.split('/').at(-1) ?? '');
    if (path === '/api/audio/speak') spoken.push(sent.postDataJSON() as { text: string; digitByDigit: boolean });
  });
  const connected = page.waitForResponse((response) => response.url().includes('/api/events?client=board'));
  await page.goto('/board');
  await expect(page.getByRole('heading', { level: 1, name: '叫号信息' })).toBeVisible();
  await connected;

  expect((await request.post('/api/queue/windows/window-1/call-next')).status()).toBe(200);
  const row = page.getByRole('table', { name: '正在办理' }).getByRole('row', { name: /1号窗口/ });
  await expect(row).toContainText(number);
  await expect(row).toContainText('刚刚叫到');
  await expect(page.getByText(`请 ${number} 号到 1号窗口 办理`)).toBeVisible();
  // accessibility.md: nothing flashes more than 3 times a second; two flashes at 1 Hz, none with reduced motion.
  const animation = () => row.evaluate((element) => {
    const style = getComputedStyle(element);
    return [style.animationName, style.animationDuration, style.animationIterationCount];
  });
  expect(await animation()).toEqual(['board-flash', '1s', '2']);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect((await animation())[0]).toBe('none');

  await expectNoAxeViolations(page);

  await expect.poll(() => clips.filter((id) => id === 'board.announce.please').length, { timeout: 40_000 }).toBe(2);
  expect(clips).toEqual(expect.arrayContaining(announcementClips));
  expect(spoken).toContainEqual(expect.objectContaining({ text: number, digitByDigit: true }));
  expect(spoken).toContainEqual(expect.objectContaining({ text: '1号窗口' }));
});
