import { defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './e2e/support/browser.ts';
import { writeAlwaysOpenHallConfig } from './e2e/support/hall-config.ts';

/** KIOSK_E2E_PORT lets two checkouts run their specs side by side. */
export const e2ePort = Number(process.env.KIOSK_E2E_PORT ?? 8190);
/**
 * The browser host's data directory, where the file printer writes receipts the specs read. Made once
 * by the runner; its workers load this file again and inherit the same directory through the environment.
 */
process.env.KIOSK_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
export const e2eDataDir = process.env.KIOSK_E2E_DATA_DIR;
/** The hall's config: a copy, open around the clock (e2e/support/hall-config.ts). */
export const e2eConfigFile = join(e2eDataDir, 'hall-config.json');
if (!existsSync(e2eConfigFile)) writeAlwaysOpenHallConfig(e2eConfigFile);

/** Runs against the built browser host (`npm run build` first), with a fresh data directory. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${e2ePort}`,
    viewport: { width: 1920, height: 1080 },
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: 'node dist/server/serve.js',
    url: `http://127.0.0.1:${e2ePort}/healthz`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: {
      KIOSK_PORT: String(e2ePort),
      KIOSK_HOST: '127.0.0.1',
      KIOSK_DATA_DIR: e2eDataDir,
      KIOSK_CONFIG: e2eConfigFile,
      // The start-up build is covered by electron/server/audio-routes.test.ts; here it would only compete
      // with the browser for the machine's two cores. Clips are made when first asked for, as on a fresh kiosk.
      KIOSK_VOICE_PREBUILD: 'off',
    },
  },
});
