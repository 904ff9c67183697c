import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/browser.ts';

/**
 * Runs against the built browser host (`npm run build` first). Each worker starts its own backend with a
 * fresh data directory (e2e/support/kiosk-test.ts). One worker: on a two-core machine a second one
 * (tried) finished no sooner, as each backend makes its own speech and both browsers compete for the CPU.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    viewport: { width: 1920, height: 1080 },
    launchOptions: chromiumLaunchOptions(),
  },
});
