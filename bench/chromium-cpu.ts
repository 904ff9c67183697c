import type { CDPSession, Page } from '@playwright/test';

/** One of Chromium's processes (browser, GPU, renderer, utility) and the CPU time it has used, in seconds. */
export interface ProcessCpu {
  type: string;
  id: number;
  cpuTime: number;
}

/** Chromium's processes, from a browser-level CDP session (SystemInfo.getProcessInfo). */
export async function chromiumProcesses(cdp: CDPSession): Promise<ProcessCpu[]> {
  return (await cdp.send('SystemInfo.getProcessInfo')).processInfo;
}

/** CPU used by all of Chromium between two readings; a process that appeared in between counts from its start. */
export function cpuBetween(before: readonly ProcessCpu[], after: readonly ProcessCpu[]): number {
  return after.reduce((sum, process) => sum + process.cpuTime - (before.find((each) => each.id === process.id)?.cpuTime ?? 0), 0);
}

/**
 * A page that has just been opened or loaded keeps Chromium busy for a while (a renderer starting,
 * fonts, first layouts; on a busy machine longer). Waits, a window at a time, until Chromium uses under
 * `belowPercent` of a core, or `maxMs` pass, so that this work is not counted in what is measured next.
 * Chromium counts CPU time in 10-ms ticks, so a short window needs a threshold of a few ticks.
 */
export async function waitForQuietChromium(cdp: CDPSession, { windowMs, belowPercent, maxMs }: { windowMs: number; belowPercent: number; maxMs: number }): Promise<void> {
  const deadline = performance.now() + maxMs;
  while (performance.now() < deadline) {
    const before = await chromiumProcesses(cdp);
    await new Promise((wait) => setTimeout(wait, windowMs));
    if (cpuBetween(before, await chromiumProcesses(cdp)) * 1000 < (windowMs * belowPercent) / 100) return;
  }
}

/** The page's own renderer: the one whose CPU time grows while the page spins for 300 ms. */
export async function pageRendererPid(cdp: CDPSession, page: Page): Promise<number> {
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
