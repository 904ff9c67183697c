import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/browser.ts';

/**
 * Runs against the built browser host (`npm run build` first). Each worker starts its own backend with a
 * fresh data directory (e2e/support/kiosk-test.ts). Two workers: much of a resident's flow is waiting
 * (the double-tap guard, speech), which the other worker fills on a two-core machine.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    viewport: { width: 1920, height: 1080 },
    launchOptions: chromiumLaunchOptions(),
  },
});
