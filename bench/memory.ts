import type { Browser, CDPSession, Page } from '@playwright/test';
import type { FigureSet } from './figure.ts';
import { describedServiceNames, firstAudioOfScreen, probedContext, tapButton, waitForHome, waitForScreen } from './kiosk-page.ts';
import type { BenchPlan } from './plan.ts';
import { residentMegabytes } from './proc-stats.ts';
import { objectBytes, takeHeapSnapshot } from './heap-snapshot.ts';
import { single, summarise } from './statistics.ts';

/** The hall's first business type, as its tile on the 取号排队 screen names it. */
async function firstBusinessTypeName(base: string): Promise<string> {
  const kiosk = (await (await fetch(`${base}/api/kiosk`)).json()) as { queue?: { businessTypes?: { name: { 'zh-CN': string } }[] } };
  const name = kiosk.queue?.businessTypes?.[0]?.name['zh-CN'];
  if (!name) throw new Error('the hall has no business types to take a ticket for');
  return name;
}

interface Reading {
  flow: number;
  rendererHeapMb: number;
  backendRssMb: number;
}

/** A step of a resident's visit: the screen is shown with its heading and its prompt plays. */
async function nextScreen(page: Page, heading: string): Promise<void> {
  await waitForScreen(page, heading);
  await firstAudioOfScreen(page);
}

/**
 * One resident's visit: home, a service's description, back home; each screen until its prompt plays,
 * so the speech player does its day's work too. No fixed sleeps: every step waits for the screen.
 */
async function descriptionFlow(page: Page, name: string): Promise<void> {
  await tapButton(page, name);
  await nextScreen(page, name);
  await page.keyboard.press('Escape');
  await waitForHome(page);
  await firstAudioOfScreen(page);
}

/** A resident takes a ticket by touch: 取号排队, a business type, 普通排队, 取号, the ticket, 完成. */
async function ticketFlow(page: Page, businessTypeName: string): Promise<void> {
  await tapButton(page, '取号排队');
  await nextScreen(page, '取号排队');
  await tapButton(page, businessTypeName);
  await nextScreen(page, '需要优先办理吗？');
  await tapButton(page, '普通排队');
  await tapButton(page, '取号');
  await nextScreen(page, '这是您的号码');
  await tapButton(page, '完成');
  await waitForHome(page);
  await firstAudioOfScreen(page);
}

/** The page's JS heap in use after a forced garbage collection, in MB; the median of a few readings. */
async function rendererHeapMb(cdp: CDPSession, readings: number): Promise<number> {
  const sizes: number[] = [];
  for (let reading = 0; reading < readings; reading += 1) {
    await cdp.send('HeapProfiler.collectGarbage');
    sizes.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024);
  }
  return summarise(sizes).median;
}

const growthPercent = (from: number, to: number) => ((to - from) / from) * 100;

/**
 * Memory over a simulated day: the renderer's JS heap and the backend's RSS, read along 500 resident
 * flows. The growth from flow 50 (warmed up) to flow 500 shows a leak.
 */
export async function measureMemory(browser: Browser, server: { base: string; pid: number }, root: string, plan: BenchPlan): Promise<FigureSet> {
  const names = describedServiceNames(root, plan);
  // Every other resident takes a queue ticket; the others read a service's description.
  const businessTypeName = await firstBusinessTypeName(server.base);
  const context = await probedContext(browser);
  try {
    const page = await context.newPage();
    const residentFlow = (flow: number) =>
      flow % 2 === 0 ? ticketFlow(page, businessTypeName) : descriptionFlow(page, names[((flow - 1) / 2) % names.length] ?? '');
    await page.goto(`${server.base}/`);
    await waitForHome(page);
    await firstAudioOfScreen(page);
    const cdp = await context.newCDPSession(page);
    const readings: Reading[] = [];
    /** Heap objects without compiled code, from snapshots at the first and the last mark. */
    const objectsMb: number[] = [];
    let snapshotSeconds = 0;
    const started = performance.now();
    for (let flow = 1; flow <= plan.flows.total; flow += 1) {
      await residentFlow(flow);
      if (!plan.flows.marks.includes(flow)) continue;
      readings.push({ flow, rendererHeapMb: await rendererHeapMb(cdp, plan.heapReadings), backendRssMb: residentMegabytes(server.pid) });
      if (flow === plan.flows.marks[0] || flow === plan.flows.total) {
        const snapshotStarted = performance.now();
        objectsMb.push(objectBytes(await takeHeapSnapshot(cdp)) / 1024 / 1024);
        snapshotSeconds += (performance.now() - snapshotStarted) / 1000;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const first = readings[0];
    const last = readings.at(-1);
    const [firstObjects, lastObjects] = objectsMb;
    if (!first || !last || firstObjects === undefined || lastObjects === undefined) throw new Error('the simulated day took no readings');
    const span = `flow ${first.flow} → ${last.flow}`;
    return {
      figures: [
        { id: 'rendererHeapGrowth', label: `Renderer JS heap growth, ${span}`, unit: '%', summary: single(growthPercent(first.rendererHeapMb, last.rendererHeapMb)) },
        { id: 'rendererHeapAfterDay', label: `Renderer JS heap after ${last.flow} flows`, unit: 'MB', summary: single(last.rendererHeapMb) },
        { id: 'rendererHeapObjectsGrowth', label: `Renderer JS heap without compiled code (snapshots), ${span}`, unit: '%', summary: single(growthPercent(firstObjects, lastObjects)) },
        { id: 'backendRssGrowth', label: `Backend RSS growth, ${span}`, unit: '%', summary: single(growthPercent(first.backendRssMb, last.backendRssMb)) },
        { id: 'backendRssAfterDay', label: `Backend RSS after ${last.flow} flows`, unit: 'MB', summary: single(last.backendRssMb) },
      ],
      details: { flows: plan.flows.total, seconds, snapshotSeconds, flowsAre: 'odd flows a service description, even flows a queue ticket', readings, heapObjectsMb: { [first.flow]: firstObjects, [last.flow]: lastObjects } },
    };
  } finally {
    await context.close();
  }
}
