import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { chromiumProcesses, waitForQuietChromium } from './chromium-cpu.ts';
import type { ProcessCpu } from './chromium-cpu.ts';
import { staticPageArgs } from './cold-start.ts';
import type { Figure, FigureSet } from './figure.ts';
import { notAvailable } from './figure.ts';
import { probedContext, waitForHome, waitForValue } from './kiosk-page.ts';
import { benchPorts } from './plan.ts';
import type { BenchPlan } from './plan.ts';
import { cpuSeconds } from './proc-stats.ts';
import { assertPortFree, spawnServer } from './server-process.ts';
import { summarise } from './statistics.ts';

interface Snapshot {
  at: number;
  server: number;
  chromium: ProcessCpu[];
}

/** The page's own renderer: the one whose CPU time grows while the page spins for 300 ms. */
async function pageRendererPid(cdp: CDPSession, page: Page): Promise<number> {
  const before = await chromiumProcesses(cdp);
  await page.evaluate(() => {
    const end = performance.now() + 300;
    while (performance.now() < end);
  });
  const after = await chromiumProcesses(cdp);
  const grown = after
    .filter((process) => process.type === 'renderer')
    .map((process) => ({ id: process.id, cpu: process.cpuTime - (before.find((each) => each.id === process.id)?.cpuTime ?? 0) }))
    .sort((a, b) => b.cpu - a.cpu);
  if (!grown[0]) throw new Error('Chromium reports no renderer process');
  return grown[0].id;
}

/** CPU used in one window, in % of one core. */
interface IdleWindow {
  server: number;
  /** The page's own renderer; other renderers (a spare one Chromium keeps ready) count in `chromium`. */
  renderer: number;
  /** Every Chromium process: browser, GPU, renderer and utilities (network, audio, storage). */
  chromium: number;
  byType: Record<string, number>;
}

async function snapshot(cdp: CDPSession, serverPid: number): Promise<Snapshot> {
  return { at: performance.now(), server: cpuSeconds(serverPid), chromium: await chromiumProcesses(cdp) };
}

/** CPU per process between two snapshots; a process that appeared in between counts from its start. */
function idleWindow(before: Snapshot, after: Snapshot, rendererPid: number): IdleWindow {
  const seconds = (after.at - before.at) / 1000;
  const percent = (cpu: number) => (cpu / seconds) * 100;
  const byType: Record<string, number> = {};
  let renderer = 0;
  for (const process of after.chromium) {
    const used = percent(process.cpuTime - (before.chromium.find((each) => each.id === process.id)?.cpuTime ?? 0));
    byType[process.type] = (byType[process.type] ?? 0) + used;
    if (process.id === rendererPid) renderer = used;
  }
  return {
    server: percent(after.server - before.server),
    renderer,
    chromium: Object.values(byType).reduce((sum, each) => sum + each, 0),
    byType,
  };
}

interface Watched {
  serverPid: number;
  rendererPid: number;
}

/** Leaves the page alone for `seconds`, reading the CPU counters every `windowSeconds`. */
async function idleWindows(cdp: CDPSession, { serverPid, rendererPid }: Watched, seconds: number, windowSeconds: number): Promise<IdleWindow[]> {
  const windows: IdleWindow[] = [];
  let before = await snapshot(cdp, serverPid);
  for (let window = 0; window < Math.round(seconds / windowSeconds); window += 1) {
    await new Promise((wait) => setTimeout(wait, windowSeconds * 1000));
    const after = await snapshot(cdp, serverPid);
    windows.push(idleWindow(before, after, rendererPid));
    before = after;
  }
  return windows;
}

/** The kiosk's idle timer, from the hall's config: it runs on the home screen too. */
export interface IdleTiming {
  warningAfterSeconds: number;
  /** Warning plus countdown: with nobody there, a session ends and a new one starts this often. */
  periodSeconds: number;
}

/** The home screen the idle figure watches, opened early so that its 12-s prompt is spoken meanwhile. */
export interface IdleHome {
  context: BrowserContext;
  page: Page;
  openedAt: number;
}

export async function openIdleHome(browser: Browser, base: string): Promise<IdleHome> {
  const context = await probedContext(browser);
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await waitForHome(page);
  return { context, page, openedAt: performance.now() };
}

/**
 * Idle cost: CPU time of the backend (/proc/<pid>/stat) and of Chromium's processes (CDP
 * SystemInfo.getProcessInfo) while the home screen sits untouched, as a kiosk does most of the day,
 * from the end of its spoken prompt. Baseline in the same run: the same Chromium idling on a static
 * page of a bare Node server.
 *
 * With nobody there, the kiosk's idle timer opens its warning on the home screen too, counts down, ends
 * the session and speaks the home prompt again. The full run therefore also reads one whole such
 * period, from a fresh session: the cost of an idle hall all day.
 */
export async function measureIdleCost(browser: Browser, home: IdleHome, serverPid: number, plan: BenchPlan, timing: IdleTiming): Promise<FigureSet> {
  const cdp = await browser.newBrowserCDPSession();
  const { seconds, windowSeconds, baselineSeconds, settleMaxSeconds, wholePeriod } = plan.idle;
  const idlePeriodSeconds = timing.periodSeconds;

  let kiosk: IdleWindow[];
  try {
    const { page } = home;
    // The measured seconds must start a fresh session (whole period) or end before its idle warning.
    const promptSeconds = 15;
    const sessionAge = (performance.now() - home.openedAt) / 1000;
    if (wholePeriod || Math.max(sessionAge, promptSeconds) + settleMaxSeconds + seconds >= timing.warningAfterSeconds) {
      await page.reload();
      await waitForHome(page);
    }
    await waitForValue(page, () => document.querySelector<HTMLAudioElement>('audio.kiosk-voice')?.dataset.state === 'idle', undefined, 60_000);
    const watched = { serverPid, rendererPid: await pageRendererPid(cdp, page) };
    await waitForQuietChromium(cdp, { windowMs: 1000, maxMs: settleMaxSeconds * 1000 });
    kiosk = await idleWindows(cdp, watched, wholePeriod ? Math.max(seconds, idlePeriodSeconds) : seconds, windowSeconds);
  } finally {
    await home.context.close();
  }

  await assertPortFree(benchPorts.staticPage);
  const staticServer = spawnServer(staticPageArgs, { cwd: process.cwd(), port: benchPorts.staticPage, env: {} });
  const baselineContext = await probedContext(browser);
  let baseline: IdleWindow[];
  try {
    await staticServer.healthy(30_000);
    const page = await baselineContext.newPage();
    await page.goto(`${staticServer.base}/`);
    const watched = { serverPid: staticServer.pid, rendererPid: await pageRendererPid(cdp, page) };
    await waitForQuietChromium(cdp, { windowMs: 1000, maxMs: settleMaxSeconds * 1000 });
    baseline = await idleWindows(cdp, watched, baselineSeconds, windowSeconds);
  } finally {
    await baselineContext.close();
    await staticServer.stop();
    // Detaching sometimes fails with "Target … has been closed" once the contexts are gone; so is the session.
    await cdp.detach().catch(() => undefined);
  }

  const samplesAre = `${windowSeconds}-s windows`;
  const figure = (id: string, label: string, windows: IdleWindow[], pick: (window: IdleWindow) => number): Figure => ({
    id,
    label,
    unit: '%',
    summary: summarise(windows.map(pick)),
    samplesAre,
  });
  const first = kiosk.slice(0, Math.round(seconds / windowSeconds));
  const kioskCpu = (window: IdleWindow) => window.server + window.renderer;
  const periodLabel = `Idle CPU over a whole idle period (${idlePeriodSeconds} s: warning, countdown, reset, prompt), backend + renderer`;
  return {
    figures: [
      figure('idleCpuKiosk', `Idle CPU over ${seconds} s, backend + renderer, % of one core`, first, kioskCpu),
      figure('idleCpuBackend', 'Idle CPU, backend', first, (window) => window.server),
      figure('idleCpuRenderer', "Idle CPU, the page's renderer", first, (window) => window.renderer),
      figure('idleCpuChromium', 'Idle CPU, all of Chromium (browser, GPU, renderers, utilities)', first, (window) => window.chromium),
      figure('idleCpuBaselineRenderer', "Idle CPU baseline: a static page's renderer", baseline, (window) => window.renderer),
      figure('idleCpuBaselineChromium', 'Idle CPU baseline: all of Chromium on a static page', baseline, (window) => window.chromium),
      wholePeriod ? figure('idleCpuKioskPeriod', periodLabel, kiosk, kioskCpu) : notAvailable('idleCpuKioskPeriod', periodLabel, '%', 'full run only'),
    ],
    details: { kiosk, baseline },
  };
}
