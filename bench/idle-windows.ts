import type { CDPSession } from '@playwright/test';
import { chromiumProcesses } from './chromium-cpu.ts';
import type { ProcessCpu } from './chromium-cpu.ts';
import { cpuSeconds } from './proc-stats.ts';

interface Snapshot {
  at: number;
  server: number;
  chromium: ProcessCpu[];
}

/** CPU used in one window, in % of one core. */
export interface IdleWindow {
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

export interface Watched {
  serverPid: number;
  rendererPid: number;
}

/** Leaves the page alone for `seconds`, reading the CPU counters every `windowSeconds`. */
export async function idleWindows(cdp: CDPSession, { serverPid, rendererPid }: Watched, seconds: number, windowSeconds: number): Promise<IdleWindow[]> {
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
