import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { staticPageArgs } from './cold-start.ts';
import type { FigureSet } from './figure.ts';
import { probedContext, waitForHome } from './kiosk-page.ts';
import { benchPorts } from './plan.ts';
import type { BenchPlan } from './plan.ts';
import { cpuSeconds } from './proc-stats.ts';
import { assertPortFree, spawnServer } from './server-process.ts';
import { summarise } from './statistics.ts';

interface ProcessCpu {
  type: string;
  id: number;
  cpuTime: number;
}

interface Snapshot {
  at: number;
  server: number;
  chromium: ProcessCpu[];
}

/** CPU used in one window, in % of one core. */
interface IdleWindow {
  server: number;
  renderer: number;
  /** Every Chromium process: browser, GPU, renderer and utilities (network, audio, storage). */
  chromium: number;
  byType: Record<string, number>;
}

async function snapshot(cdp: CDPSession, serverPid: number): Promise<Snapshot> {
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  return { at: performance.now(), server: cpuSeconds(serverPid), chromium: processInfo };
}

/** CPU per process between two snapshots; a process that appeared in between counts from its start. */
function idleWindow(before: Snapshot, after: Snapshot): IdleWindow {
  const seconds = (after.at - before.at) / 1000;
  const percent = (cpu: number) => (cpu / seconds) * 100;
  const byType: Record<string, number> = {};
  for (const process of after.chromium) {
    const earlier = before.chromium.find((each) => each.id === process.id)?.cpuTime ?? 0;
    byType[process.type] = (byType[process.type] ?? 0) + percent(process.cpuTime - earlier);
  }
  return {
    server: percent(after.server - before.server),
    renderer: byType.renderer ?? 0,
    chromium: Object.values(byType).reduce((sum, each) => sum + each, 0),
    byType,
  };
}

/** Leaves the page alone for `seconds`, reading the CPU counters every `windowSeconds`. */
async function idleWindows(cdp: CDPSession, serverPid: number, seconds: number, windowSeconds: number): Promise<IdleWindow[]> {
  const windows: IdleWindow[] = [];
  let before = await snapshot(cdp, serverPid);
  for (let window = 0; window < Math.round(seconds / windowSeconds); window += 1) {
    await new Promise((wait) => setTimeout(wait, windowSeconds * 1000));
    const after = await snapshot(cdp, serverPid);
    windows.push(idleWindow(before, after));
    before = after;
  }
  return windows;
}

/**
 * A page that has just loaded still works for a few seconds (fonts, first layouts; on a busy machine
 * longer): waits, a second at a time, until Chromium uses under 5 % of a core, or `maxSeconds` pass.
 */
async function settle(cdp: CDPSession, serverPid: number, maxSeconds: number): Promise<void> {
  for (let second = 0; second < maxSeconds; second += 1) {
    const [window] = await idleWindows(cdp, serverPid, 1, 1);
    if (window && window.chromium < 5) return;
  }
}

/** Waits until the home screen's prompt has been spoken to the end: idle means nothing is happening. */
async function homeInSilence(context: BrowserContext, base: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await waitForHome(page);
  await page.waitForFunction(() => document.querySelector<HTMLAudioElement>('audio.kiosk-voice')?.dataset.state === 'idle', undefined, { timeout: 60_000 });
  return page;
}

/**
 * Idle cost: CPU time of the backend (/proc/<pid>/stat) and of Chromium's processes (CDP
 * SystemInfo.getProcessInfo) while the home screen sits untouched, as a kiosk does most of the day.
 * Baseline in the same run: the same Chromium idling on a static page of a bare Node server.
 */
export async function measureIdleCost(browser: Browser, server: { base: string; pid: number }, plan: BenchPlan): Promise<FigureSet> {
  const cdp = await browser.newBrowserCDPSession();
  const { seconds, windowSeconds, baselineSeconds, settleMaxSeconds } = plan.idle;

  const kioskContext = await probedContext(browser);
  let kiosk: IdleWindow[];
  try {
    await homeInSilence(kioskContext, server.base);
    await settle(cdp, server.pid, settleMaxSeconds);
    kiosk = await idleWindows(cdp, server.pid, seconds, windowSeconds);
  } finally {
    await kioskContext.close();
  }

  await assertPortFree(benchPorts.staticPage);
  const staticServer = spawnServer(staticPageArgs, { cwd: process.cwd(), port: benchPorts.staticPage, env: {} });
  const baselineContext = await probedContext(browser);
  let baseline: IdleWindow[];
  try {
    await staticServer.healthy(30_000);
    const page = await baselineContext.newPage();
    await page.goto(`${staticServer.base}/`);
    await settle(cdp, staticServer.pid, settleMaxSeconds);
    baseline = await idleWindows(cdp, staticServer.pid, baselineSeconds, windowSeconds);
  } finally {
    await baselineContext.close();
    await staticServer.stop();
    await cdp.detach();
  }

  const samplesAre = `${windowSeconds}-s windows`;
  const figure = (id: string, label: string, windows: IdleWindow[], pick: (window: IdleWindow) => number) => ({
    id,
    label,
    unit: '%' as const,
    summary: summarise(windows.map(pick)),
    samplesAre,
  });
  return {
    figures: [
      figure('idleCpuKiosk', `Idle CPU over ${seconds} s, backend + renderer, % of one core`, kiosk, (window) => window.server + window.renderer),
      figure('idleCpuBackend', 'Idle CPU, backend', kiosk, (window) => window.server),
      figure('idleCpuRenderer', 'Idle CPU, renderer', kiosk, (window) => window.renderer),
      figure('idleCpuChromium', 'Idle CPU, all of Chromium (browser, GPU, renderer, utilities)', kiosk, (window) => window.chromium),
      figure('idleCpuBaselineChromium', 'Idle CPU baseline: all of Chromium on a static page', baseline, (window) => window.chromium),
    ],
    details: { kiosk, baseline },
  };
}
