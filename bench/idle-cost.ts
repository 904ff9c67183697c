import type { Browser, BrowserContext, Page } from '@playwright/test';
import { pageRendererPid, waitForQuietChromium } from './chromium-cpu.ts';
import { staticPageArgs } from './cold-start.ts';
import type { Figure, FigureSet } from './figure.ts';
import { notAvailable } from './figure.ts';
import { probedContext, waitForHome, waitForValue } from './kiosk-page.ts';
import { benchPorts } from './plan.ts';
import type { BenchPlan } from './plan.ts';
import { idleWindows } from './idle-windows.ts';
import type { IdleWindow } from './idle-windows.ts';
import { assertPortFree, spawnServer } from '../electron/testing/server-process.ts';
import { summarise } from './statistics.ts';

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
    await waitForQuietChromium(cdp, { windowMs: 1000, belowPercent: 5, maxMs: settleMaxSeconds * 1000 });
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
    await waitForQuietChromium(cdp, { windowMs: 1000, belowPercent: 5, maxMs: settleMaxSeconds * 1000 });
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
