import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumLaunchOptions } from './support/browser.ts';
import { answerHighAgeAllowance, openIdNumber, startHighAgeAllowance } from './support/screens.ts';
import { tap } from './support/tap.ts';

/**
 * `npm run screenshots`: pictures of each screen for the README and for looking at what was built,
 * at the default and largest text sizes and in every theme. Needs `npm run build` first.
 */
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'docs/screenshots');
const port = 8290;
const base = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, ['dist/server/serve.js'], {
  cwd: root,
  env: { ...process.env, KIOSK_PORT: String(port), KIOSK_DATA_DIR: mkdtempSync(join(tmpdir(), 'kiosk-shots-')), KIOSK_VOICE_PREBUILD: 'off' },
  stdio: 'ignore',
});
try {
  await waitForHealth();
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
    { name: 'form-check', open: () => answerHighAgeAllowance(page) },
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
  await browser.close();
} finally {
  server.kill('SIGTERM');
}

async function waitForHealth(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error('the kiosk did not start');
}
