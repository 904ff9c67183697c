import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnServer } from '../electron/testing/server-process.ts';
import { chromiumLaunchOptions } from './support/browser.ts';
import { writeAlwaysOpenHallConfig } from './support/hall-config.ts';
import { demoAdminPin } from './support/staff.ts';
import { answerHighAgeAllowance, homeHeading, openIdNumber, startHighAgeAllowance } from './support/screens.ts';
import { tap } from './support/tap.ts';

/**
 * `npm run screenshots`: pictures of each screen for the README and for looking at what was built,
 * at the default and largest text sizes and in every theme. Needs `npm run build` first.
 */
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'docs/screenshots');
const port = 8290;
const base = `http://127.0.0.1:${port}`;

const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-shots-'));
const configFile = join(dataDir, 'hall-config.json');
const config = writeAlwaysOpenHallConfig(configFile, join(root, 'kiosk-config/default.json'));

const server = spawnServer(['dist/server/serve.js'], { cwd: root, port, env: { KIOSK_DATA_DIR: dataDir, KIOSK_CONFIG: configFile, KIOSK_VOICE_PREBUILD: 'off' } });
try {
  await server.healthy(30_000);
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ baseURL: base, viewport: { width: 1920, height: 1080 } });
  const looks = [
    { name: 'standard', textSize: 'standard', theme: 'standard' },
    { name: 'largest-dark', textSize: 'largest', theme: 'dark' },
    { name: 'largest-light', textSize: 'largest', theme: 'light' },
  ];
  const screens: { name: string; open: () => Promise<void> }[] = [
    { name: 'home', open: async () => void (await page.goto(`${base}/`)) },
    {
      name: 'service',
      open: async () => {
        await page.goto(`${base}/`);
        await tap(page.getByRole('button', { name: /^高龄津贴申请/ }));
      },
    },
    { name: 'form-choice', open: () => startHighAgeAllowance(page) },
    {
      name: 'id-number-error',
      open: async () => {
        await openIdNumber(page);
        await page.getByRole('textbox', { name: '身份证号码' }).fill('41010219460315');
        await tap(page.getByRole('button', { name: '下一步' }));
      },
    },
    {
      name: 'form-payment',
      open: async () => {
        await openIdNumber(page);
        await page.getByRole('textbox', { name: '身份证号码' }).fill('410102194603151231');
        await tap(page.getByRole('button', { name: '下一步' }));
      },
    },
    {
      name: 'form-name-keyboard',
      open: async () => {
        await startHighAgeAllowance(page);
        await tap(page.getByRole('button', { name: '家人代办' }));
        await tap(page.getByRole('button', { name: '下一步' }));
        await page.getByRole('textbox', { name: '身份证号码' }).fill('410102194603151231');
        await tap(page.getByRole('button', { name: '下一步' }));
        for (const letter of 'wang') await tap(page.getByRole('button', { name: letter, exact: true }));
      },
    },
    { name: 'form-check', open: () => answerHighAgeAllowance(page) },
    {
      name: 'submitted',
      open: async () => {
        await answerHighAgeAllowance(page);
        await tap(page.getByRole('button', { name: '提交申请' }));
        await page.getByRole('heading', { level: 1, name: '申请已提交' }).waitFor();
      },
    },
    { name: 'queue-business-type', open: () => openQueue(page) },
    {
      name: 'queue-priority',
      open: async () => {
        await openQueue(page);
        await tap(page.getByRole('button', { name: /^社保\/养老/ }));
      },
    },
    {
      name: 'queue-ticket',
      open: async () => {
        await openQueue(page);
        await tap(page.getByRole('button', { name: /^社保\/养老/ }));
        await tap(page.getByRole('button', { name: '优先办理' }));
        await tap(page.getByRole('button', { name: '取号' }));
        await page.getByRole('heading', { level: 1, name: '这是您的号码' }).waitFor();
      },
    },
    {
      name: 'help-call-nobody',
      open: async () => {
        await page.goto(`${base}/`);
        await tap(page.getByRole('button', { name: '呼叫工作人员' }));
        await page.getByRole('dialog', { name: '呼叫工作人员' }).getByText(config.hall.dutyPhone).waitFor();
      },
    },
    {
      name: 'staff-pin',
      open: async () => {
        await page.goto(`${base}/`);
        await page.getByRole('heading', { level: 1, name: homeHeading }).waitFor();
        await page.keyboard.press('Control+Alt+KeyS');
        await page.getByRole('dialog', { name: '工作人员登录' }).waitFor();
      },
    },
    {
      name: 'staff-panel',
      open: async () => {
        await signInAtKiosk();
        await page.getByRole('dialog', { name: '工作人员模式' }).waitFor();
      },
    },
    {
      name: 'proxy-consent',
      open: async () => {
        await signInAtKiosk();
        await tap(page.getByRole('dialog', { name: '工作人员模式' }).getByRole('button', { name: '代办（帮居民填写）' }));
        await tap(page.getByRole('button', { name: /^高龄津贴申请/ }));
        await tap(page.getByRole('button', { name: '开始办理' }));
        await page.getByRole('heading', { level: 1, name: '请居民本人确认' }).waitFor();
      },
    },
    {
      name: 'display-panel',
      open: async () => {
        await page.goto(`${base}/`);
        await tap(page.getByRole('button', { name: '看得清/听得见' }));
      },
    },
    {
      name: 'idle-warning',
      open: async () => {
        await page.clock.install();
        await page.goto(`${base}/`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.clock.fastForward(121_000);
      },
    },
    { name: 'home-en', open: async () => void (await page.goto(`${base}/?lang=en`)) },
  ];
  async function openQueue(onPage: Page): Promise<void> {
    await onPage.goto(`${base}/`);
    await tap(onPage.getByRole('button', { name: /^取号排队/ }));
    await onPage.getByRole('heading', { level: 1, name: '取号排队' }).waitFor();
  }
  async function signInAtKiosk(): Promise<void> {
    // Signed out first: a kiosk that still holds a staff session opens the panel without the PIN.
    await page.context().clearCookies();
    await page.goto(`${base}/`);
    // The loading screen has a heading too; the chord is heard once the home screen is there.
    await page.getByRole('heading', { level: 1, name: homeHeading }).waitFor();
    await page.keyboard.press('Control+Alt+KeyS');
    await page.getByRole('dialog', { name: '工作人员登录' }).waitFor();
    await page.keyboard.type(demoAdminPin);
    await tap(page.getByRole('dialog', { name: '工作人员登录' }).getByRole('button', { name: '登录' }));
  }
  for (const screen of screens) {
    for (const look of looks) {
      await screen.open();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.evaluate(({ textSize, theme }) => {
        document.documentElement.dataset.textSize = textSize;
        document.documentElement.dataset.theme = theme;
      }, look);
      const file = join(outDir, `${screen.name}-${look.name}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
  }
  await hallScreens(browser);
  await browser.close();
} finally {
  await server.stop();
}

/** The staff console (with a waiting ticket, a call and a help call) and the board after that call, each in its own browser. */
async function hallScreens(browser: Browser): Promise<void> {
  const counter = await (await browser.newContext({ baseURL: base, viewport: { width: 1920, height: 1080 } })).newPage();
  await counter.goto('/staff');
  await counter.getByRole('textbox', { name: '登录密码' }).fill(demoAdminPin);
  await counter.getByRole('button', { name: '登录' }).click();
  await counter.getByRole('heading', { level: 2, name: '排队叫号' }).waitFor();
  const board = await (await browser.newContext({ baseURL: base, viewport: { width: 1920, height: 1080 } })).newPage();
  await board.goto('/board');
  await board.getByRole('heading', { level: 1 }).waitFor();
  for (const businessType of ['A', 'B', 'C', 'A']) {
    await counter.request.post('/api/queue/tickets', { data: { businessType, priority: false, locale: 'zh-CN' } });
  }
  await counter.request.post('/api/queue/windows/window-1/call-next');
  await counter.request.post('/api/help', { data: { screen: 'form:high-age-allowance:idNumber', serviceId: 'high-age-allowance' } });
  await counter.getByRole('region', { name: '居民呼叫' }).getByRole('alert').waitFor();
  await board.getByRole('table', { name: '正在办理' }).getByText(/^A\d{3}$/).first().waitFor();
  for (const [name, shot] of [['console', counter], ['board', board]] as const) {
    const file = join(outDir, `${name}.png`);
    await shot.screenshot({ path: file, fullPage: name === 'console' });
    console.log(file);
  }
}
