import { chromium } from '@playwright/test';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumLaunchOptions } from '../e2e/support/browser.ts';
import { measureBackend } from './backend.ts';
import { measureColdStart } from './cold-start.ts';
import type { FigureSet } from './figure.ts';
import { measureIdleCost, openIdleHome } from './idle-cost.ts';
import { measureInteraction } from './interaction.ts';
import { measureMemory } from './memory.ts';
import { benchPlan, benchPorts } from './plan.ts';
import { measureRendererWeight } from './renderer-weight.ts';
import { reportResults } from './results.ts';
import { assertPortFree, spawnServer } from '../electron/testing/server-process.ts';
import { measureSqliteLatency } from './sqlite-latency.ts';
import { createWorkspace, kioskEntry, kioskEnv, prepareDataDir } from './workspace.ts';

/**
 * `npm run bench` (issue #9): what a resident feels and what the hall's machine pays, measured against
 * the built browser host in Debian's Chromium, with baselines in the same run. Writes bench/results.json
 * and bench/results.md, prints a table and exits non-zero when a figure is over its budget in
 * bench/budgets.json. `--quick` is the smoke run for the test command: few repetitions, every figure's
 * code path once, budgets reported but not enforced.
 */
const root = resolve(import.meta.dirname, '..');
const plan = benchPlan(process.argv.includes('--quick'));
const started = performance.now();
const loadAtStart = loadavg();
const step = (name: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(1)} s] ${name}`);

const sets: Record<string, FigureSet> = {};
const setup = { dataDirSeconds: 0, chromium: '' };
const workspace = createWorkspace(root);
// Stopped from outside (Ctrl-C, a kill): remove the temporary files; server-process.ts kills the servers on exit.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    rmSync(workspace.dir, { recursive: true, force: true });
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}
try {
  step('renderer weight');
  sets.rendererWeight = measureRendererWeight(join(root, 'dist/renderer'));
  step(plan.quick ? 'data directory (clips made on demand)' : 'data directory: building every clip once');
  setup.dataDirSeconds = (await prepareDataDir(workspace, plan, benchPorts.kiosk)).seconds;
  const browser = await chromium.launch(chromiumLaunchOptions());
  setup.chromium = browser.version();
  try {
    step('cold start');
    sets.coldStart = await measureColdStart(browser, workspace, plan);
    await assertPortFree(benchPorts.kiosk);
    const server = spawnServer(kioskEntry, { cwd: root, port: benchPorts.kiosk, env: kioskEnv(workspace) });
    try {
      await server.healthy(30_000);
      step('tap to next screen');
      sets.interaction = await measureInteraction(browser, server.base, root, plan);
      // The idle figure's page speaks its home prompt while the simulated day runs in another context.
      const idleHome = await openIdleHome(browser, server.base);
      step(`memory over ${plan.flows.total} flows`);
      sets.memory = await measureMemory(browser, server, root, plan);
      const { idleTiming } = workspace;
      step(`idle cost over ${plan.idle.wholePeriod ? `a whole idle period (${idleTiming.periodSeconds} s)` : `${plan.idle.seconds} s`}, baseline ${plan.idle.baselineSeconds} s`);
      sets.idle = await measureIdleCost(browser, idleHome, server.pid, plan, idleTiming);
      step('backend throughput');
      sets.backend = await measureBackend(server.base, plan);
    } finally {
      await server.stop();
    }
  } finally {
    await browser.close();
  }
  step('SQLite write latency');
  sets.sqlite = measureSqliteLatency(root, plan);
} finally {
  rmSync(workspace.dir, { recursive: true, force: true });
}

const over = reportResults(root, { plan, sets, setup, wallSeconds: (performance.now() - started) / 1000, loadAtStart });
if (!plan.quick && over.length > 0) process.exitCode = 1;
