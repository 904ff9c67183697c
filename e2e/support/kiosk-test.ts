import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertPortFree, spawnServer } from '../../electron/testing/server-process.ts';
import { writeAlwaysOpenHallConfig } from './hall-config.ts';

/** KIOSK_E2E_PORT lets two checkouts run their specs side by side; worker n listens on that port + n. */
const firstPort = Number(process.env.KIOSK_E2E_PORT ?? 8190);

export interface KioskServer {
  base: string;
  /** The browser host's data directory, where the file printer writes the receipts a spec reads. */
  dataDir: string;
}

/**
 * Each Playwright worker runs its own browser host (the built `dist/server/serve.js`) with a fresh data
 * directory and an always-open copy of the demo hall's config, so specs running side by side never share
 * a queue, a help call or a signed-in console. Specs import `test` and `expect` from here.
 */
export const test = base.extend<object, { kioskServer: KioskServer }>({
  kioskServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use, workerInfo) => {
      const port = firstPort + workerInfo.parallelIndex;
      const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
      const configFile = join(dataDir, 'hall-config.json');
      writeAlwaysOpenHallConfig(configFile);
      await assertPortFree(port);
      const server = spawnServer(['dist/server/serve.js'], {
        cwd: process.cwd(),
        port,
        // The start-up voice build is covered by electron/server/audio-routes.test.ts; here it would only
        // compete with the browsers for the machine's two cores. Clips are made when first asked for.
        env: { KIOSK_DATA_DIR: dataDir, KIOSK_CONFIG: configFile, KIOSK_VOICE_PREBUILD: 'off' },
      });
      try {
        await server.healthy(30_000);
        await use({ base: server.base, dataDir });
      } finally {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  baseURL: async ({ kioskServer }, use) => use(kioskServer.base),
});

export { expect } from '@playwright/test';
