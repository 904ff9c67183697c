import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumLaunchOptions } from '../e2e/support/browser.ts';
import { summarise } from './statistics.ts';

/**
 * `npm run bench`: what a resident feels, measured in Debian's Chromium against the browser host.
 * Writes bench/results.json, prints a table and exits non-zero when a budget in bench/budgets.json is
 * exceeded. `--quick` is a smoke run for the test command: few repetitions, budgets reported only.
 */
const root = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const repetitions = quick ? 3 : 30;
const port = 8390;
const base = `http://127.0.0.1:${port}`;
const services = ['高龄津贴申请', '残疾人两项补贴', '政策咨询', '养老金资格认证', '上门服务预约'];

const server = spawn(process.execPath, ['dist/server/serve.js'], {
  cwd: root,
  env: { ...process.env, KIOSK_PORT: String(port), KIOSK_DATA_DIR: mkdtempSync(join(tmpdir(), 'kiosk-bench-')) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let serverLog = '';
server.stdout.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));

try {
  // Measure a kiosk in its normal state: clips built at start-up, as on the second day in a hall.
  // The smoke run only checks that the bench still works, so it does not wait for the build.
  if (!quick) await waitFor(() => serverLog.includes('"voice.built"') || serverLog.includes('"voice.failed"'), 180_000);
  else await waitFor(() => serverLog.includes('"server.ready"'), 30_000);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${base}/`);
  await page.getByRole('list').getByRole('button').first().waitFor();
  const latencies: number[] = [];
  for (let run = 0; run < repetitions; run += 1) {
    const name = services[run % services.length] ?? '';
    await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    latencies.push(await screenToFirstAudio(page, name));
    await page.keyboard.press('Escape');
    await page.getByRole('list').getByRole('button').first().waitFor();
    await page.waitForTimeout(600); // past the double-tap guard
  }
  await browser.close();

  const budgets = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8')) as Record<string, number>;
  const screenToAudio = summarise(latencies);
  const results = {
    date: new Date().toISOString(),
    quick,
    screenToFirstAudioMs: screenToAudio,
  };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const rows = [['Screen to first audio, p95', `${screenToAudio.p95.toFixed(0)} ms`, `median ${screenToAudio.median.toFixed(0)} ms, n=${screenToAudio.count}`, `≤ ${budgets.screenToFirstAudioP95Ms} ms`, screenToAudio.p95 <= (budgets.screenToFirstAudioP95Ms ?? Infinity)]] as const;
  console.table(rows.map(([figure, value, detail, budget, ok]) => ({ figure, value, detail, budget, within: ok ? 'yes' : 'NO' })));
  if (!quick && rows.some((row) => !row[4])) process.exitCode = 1;
} finally {
  server.kill('SIGTERM');
}

/** From the new screen's heading being shown to its prompt's first audio playing, in the page's clock. */
async function screenToFirstAudio(page: Page, heading: string): Promise<number> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForFunction(() => {
    const audio = document.querySelector<HTMLAudioElement>('audio.kiosk-voice');
    return Number(audio?.dataset.startedAt) > Number(document.documentElement.dataset.screenShownAt);
  });
  return page.evaluate(() => Number(document.querySelector<HTMLAudioElement>('audio.kiosk-voice')?.dataset.startedAt) - Number(document.documentElement.dataset.screenShownAt));
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the kiosk');
    await new Promise((wait) => setTimeout(wait, 200));
  }
}
