import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { waitForQuietChromium } from './chromium-cpu.ts';
import type { FigureSet } from './figure.ts';
import { firstAudioOfScreen, probedContext, waitForHome, waitForValue } from './kiosk-page.ts';
import { benchPorts } from './plan.ts';
import type { BenchPlan } from './plan.ts';
import { assertPortFree, spawnServer } from '../electron/testing/server-process.ts';
import type { ServerProcess } from '../electron/testing/server-process.ts';
import { summarise } from './statistics.ts';
import { kioskEntry, kioskEnv } from './workspace.ts';
import type { Workspace } from './workspace.ts';

/** The baseline: a bare Node http server with a one-line page, started the same way as the kiosk. */
const staticPageServer = `require('node:http').createServer((request, response) => {
  if (request.url === '/healthz') return response.end('ok');
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end('<!doctype html><title>static</title><p>便民服务自助终端</p>');
}).listen(Number(process.env.KIOSK_PORT), process.env.KIOSK_HOST);`;

export const staticPageArgs = ['-e', staticPageServer];

/** Milliseconds since the Unix epoch, in the bench's clock; pages convert theirs with timeOrigin. */
const epochNow = () => performance.timeOrigin + performance.now();
const pageOrigin = (page: Page) => page.evaluate(() => performance.timeOrigin);

interface Run {
  healthyMs: number;
  shownMs: number;
  readyMs: number;
}

/**
 * From spawning a server to its page being ready in an already running Chromium: poll /healthz, open
 * the page, wait for `ready` (in the page's clock). Each run opens a new tab in the same browser
 * context, whose cache holds what the runs before loaded, as a kiosk's browser does on its second day.
 * The tab is opened first, and the clock starts once Chromium is quiet again: a starting renderer
 * would otherwise take the CPU from the server's own start (on two cores, more than doubling it).
 */
async function coldStart(
  { context, cdp, quietMaxMs }: { context: BrowserContext; cdp: CDPSession; quietMaxMs: number },
  port: number,
  start: () => ServerProcess,
  ready: (page: Page) => Promise<{ shownAt: number; readyAt: number }>,
): Promise<Run> {
  await assertPortFree(port);
  const page = await context.newPage();
  await waitForQuietChromium(cdp, { windowMs: 500, belowPercent: 10, maxMs: quietMaxMs });
  const spawnedAt = epochNow();
  const server = start();
  try {
    await server.healthy(30_000);
    const healthyAt = epochNow();
    await page.goto(`${server.base}/`);
    const { shownAt, readyAt } = await ready(page);
    const origin = await pageOrigin(page);
    return { healthyMs: healthyAt - spawnedAt, shownMs: origin + shownAt - spawnedAt, readyMs: origin + readyAt - spawnedAt };
  } finally {
    await page.close();
    await server.stop();
  }
}

/** The kiosk is ready when home shows (tiles and a focused heading) and its prompt is playing. */
async function kioskReady(page: Page) {
  await waitForHome(page);
  const { screenAt, audioAt } = await firstAudioOfScreen(page);
  return { shownAt: screenAt, readyAt: audioAt };
}

/** The static page is ready when its line is painted (first contentful paint). */
async function staticPageReady(page: Page) {
  const paintedAt = await waitForValue(page, () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false, undefined);
  return { shownAt: paintedAt, readyAt: paintedAt };
}

/**
 * Cold start: spawning `npm run serve`'s entry to the home screen rendered and its prompt playing, on a
 * data directory whose clips are built (the second day in the hall). Each kiosk start is paired with a
 * static-page start, so both see the same moment of a noisy machine; the ratio is taken per pair.
 */
export async function measureColdStart(browser: Browser, workspace: Workspace, plan: BenchPlan): Promise<FigureSet> {
  const kioskRuns: Run[] = [];
  const staticRuns: Run[] = [];
  const startKiosk = () => spawnServer(kioskEntry, { cwd: workspace.root, port: benchPorts.coldStartKiosk, env: kioskEnv(workspace) });
  const startStatic = () => spawnServer(staticPageArgs, { cwd: workspace.root, port: benchPorts.staticPage, env: {} });
  const pairs = plan.coldStarts + (plan.coldStartWarmUp ? 1 : 0);
  const cdp = await browser.newBrowserCDPSession();
  const kioskContext = await probedContext(browser);
  const staticContext = await probedContext(browser);
  try {
    for (let pair = 0; pair < pairs; pair += 1) {
      const quietMaxMs = plan.coldStartQuietMaxMs;
      const kiosk = await coldStart({ context: kioskContext, cdp, quietMaxMs }, benchPorts.coldStartKiosk, startKiosk, kioskReady);
      const staticPage = await coldStart({ context: staticContext, cdp, quietMaxMs }, benchPorts.staticPage, startStatic, staticPageReady);
      if (plan.coldStartWarmUp && pair === 0) continue;
      kioskRuns.push(kiosk);
      staticRuns.push(staticPage);
    }
  } finally {
    await kioskContext.close();
    await staticContext.close();
    // Detaching sometimes fails with "Target … has been closed" once the contexts are gone; so is the session.
    await cdp.detach().catch(() => undefined);
  }
  const ratios = kioskRuns.map((run, index) => run.readyMs / (staticRuns[index]?.readyMs ?? Number.NaN));
  return {
    figures: [
      { id: 'coldStartKiosk', label: 'Cold start: spawn to home with its prompt playing', unit: 'ms', summary: summarise(kioskRuns.map((run) => run.readyMs)) },
      { id: 'coldStartStaticPage', label: 'Cold start baseline: static page painted', unit: 'ms', summary: summarise(staticRuns.map((run) => run.readyMs)) },
      { id: 'coldStartTimesStaticPage', label: 'Cold start, times the baseline (per pair)', unit: '×', summary: summarise(ratios) },
    ],
    details: {
      kiosk: {
        healthyMs: summarise(kioskRuns.map((run) => run.healthyMs)),
        homeShownMs: summarise(kioskRuns.map((run) => run.shownMs)),
        promptPlayingMs: summarise(kioskRuns.map((run) => run.readyMs)),
        runs: kioskRuns,
      },
      staticPage: { healthyMs: summarise(staticRuns.map((run) => run.healthyMs)), paintedMs: summarise(staticRuns.map((run) => run.readyMs)), runs: staticRuns },
    },
  };
}
