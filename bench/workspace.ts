import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IdleTiming } from './idle-cost.ts';
import type { BenchPlan } from './plan.ts';
import { assertPortFree, spawnServer } from '../electron/testing/server-process.ts';

/** The bench's temporary files: the hall's data directory and config, never the repository's. */
export interface Workspace {
  root: string;
  dir: string;
  dataDir: string;
  configFile: string;
  idleTiming: IdleTiming;
}

/** The kiosk's entry, as `npm run serve` builds it. */
export const kioskEntry = ['dist/server/serve.js'];

/**
 * The demo hall's config with the double-tap guard off, so the bench can tap as fast as the screens
 * answer (500 flows without waiting out the guard between taps), and with rate limits far above what it
 * sends (issue #16.4): it measures how many tickets a second the backend can issue, not the limit.
 */
export function createWorkspace(root: string): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-bench-'));
  const config = JSON.parse(readFileSync(join(root, 'kiosk-config/default.json'), 'utf8')) as {
    timing: { idleWarningAfterSeconds: number; idleCountdownSeconds: number; doubleTapGuardMs: number };
    limits: unknown;
  };
  config.timing.doubleTapGuardMs = 0;
  const unlimited = { burst: 100_000, perMinute: 100_000 };
  config.limits = { tickets: unlimited, helpCalls: unlimited, speechCharacters: unlimited };
  const configFile = join(dir, 'hall-config.json');
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  const { idleWarningAfterSeconds, idleCountdownSeconds } = config.timing;
  return { root, dir, dataDir, configFile, idleTiming: { warningAfterSeconds: idleWarningAfterSeconds, periodSeconds: idleWarningAfterSeconds + idleCountdownSeconds } };
}

/**
 * The environment of every kiosk the bench starts. Its clips were built once beforehand (see
 * prepareDataDir), so the start-up build would only find them unchanged, five seconds after start:
 * it is left off so that it cannot land in a measurement.
 */
export function kioskEnv(workspace: Workspace, prebuild: 'on' | 'off' = 'off'): Record<string, string> {
  return { KIOSK_DATA_DIR: workspace.dataDir, KIOSK_CONFIG: workspace.configFile, KIOSK_VOICE_PREBUILD: prebuild };
}

/**
 * "The second day in the hall": start the kiosk once, let it build every clip, stop it. The smoke run
 * only opens the store and leaves the clips to be made when first asked for, as the end-to-end tests do.
 */
export async function prepareDataDir(workspace: Workspace, plan: BenchPlan, port: number): Promise<{ seconds: number }> {
  await assertPortFree(port);
  const started = performance.now();
  const server = spawnServer(kioskEntry, { cwd: workspace.root, port, env: kioskEnv(workspace, plan.quick ? 'off' : 'on') });
  try {
    await server.healthy(30_000);
    if (!plan.quick) {
      const event = await server.logged(['voice.built', 'voice.failed'], plan.voiceBuildTimeoutMs);
      if (event === 'voice.failed') throw new Error('the voice build failed; the bench needs every clip (is espeak-ng installed?)');
    }
  } finally {
    await server.stop();
  }
  return { seconds: (performance.now() - started) / 1000 };
}
