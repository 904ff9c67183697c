import { chromium, expect, request, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hallCaFiles, issueLanCertificate } from '../electron/cli/hall-ca.ts';
import { generatedLanCertificateDir } from '../electron/server/lan-tls.ts';
import { assertPortFree, spawnServer } from '../electron/testing/server-process.ts';
import type { ServerProcess } from '../electron/testing/server-process.ts';
import { chromiumLaunchOptions, kioskChromiumArgs } from './support/browser.ts';
import { writeAlwaysOpenHallConfig } from './support/hall-config.ts';
import { startHallSwitch, spkiPin } from './support/hall-network.ts';
import { demoAdminPin } from './support/staff.ts';

/**
 * Issue #16.9: a hall in LAN mode, whose counter PC reaches the console over HTTPS with the certificate
 * `npm run lan:certificate` made. Its own server, beside the worker's local-mode one, on ports of its own.
 */
const kioskPort = Number(process.env.KIOSK_E2E_PORT ?? 8190) + 50;
const lanPort = kioskPort + 1;
const hallName = 'kiosk.hall.test';

let dataDir = '';
let server: ServerProcess | undefined;
let hallSwitch: { stop: () => Promise<void> } | undefined;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-e2e-lan-'));
  const issued = issueLanCertificate(generatedLanCertificateDir(dataDir), { names: [hallName], addresses: [] });
  if (!issued.ok) throw new Error(issued.message);
  const configFile = join(dataDir, 'hall-config.json');
  writeAlwaysOpenHallConfig(configFile);
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as { network: { mode: string; lanHosts: string[] } };
  config.network.mode = 'lan';
  // Issue #16.2: the name the counter PC opens the kiosk by is one the hall serves.
  config.network.lanHosts = [hallName];
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  await assertPortFree(kioskPort);
  await assertPortFree(lanPort);
  server = spawnServer(['dist/server/serve.js'], {
    cwd: process.cwd(),
    port: kioskPort,
    // The LAN side listens on loopback only here; the hall switch below makes the browser another device.
    env: { KIOSK_DATA_DIR: dataDir, KIOSK_CONFIG: configFile, KIOSK_VOICE_PREBUILD: 'off', KIOSK_LAN_HOST: '127.0.0.1', KIOSK_LAN_PORT: String(lanPort) },
  });
  await server.healthy(30_000);
  await server.logged(['lan.ready', 'lan.refused'], 10_000).then((event) => expect(event).toBe('lan.ready'));
  hallSwitch = await startHallSwitch({ listenHost: '127.0.0.3', port: lanPort, kioskHost: '127.0.0.1', fromAddress: '127.0.0.2' });
});

test.afterAll(async () => {
  await hallSwitch?.stop();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the counter PC pairs and signs in to the console over HTTPS, trusting exactly the hall certificate', async () => {
  // The counter PC's Chromium finds the kiosk by its hall name, and trusts the key of the certificate
  // lan:certificate made, as a PC that trusts the hall CA does; no other certificate error is ignored.
  const counterPc = await chromium.launch({
    ...chromiumLaunchOptions(),
    args: [
      ...kioskChromiumArgs,
      `--host-resolver-rules=MAP ${hallName} 127.0.0.3`,
      `--ignore-certificate-errors-spki-list=${spkiPin(hallCaFiles(generatedLanCertificateDir(dataDir)).serverCertificate)}`,
    ],
  });
  try {
    const context = await counterPc.newContext({ baseURL: `https://${hallName}:${lanPort}`, viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto('/staff');
    await expect(page.getByRole('heading', { level: 2, name: '先把这台电脑和自助机配对' })).toBeVisible();

    // Staff at the kiosk read a pairing code, on the kiosk's own plain-HTTP loopback side.
    const atKiosk = await request.newContext({ baseURL: `http://127.0.0.1:${kioskPort}` });
    expect((await atKiosk.post('/api/staff/session', { data: { pin: demoAdminPin, where: 'kiosk' } })).status()).toBe(200);
    const { code } = (await (await atKiosk.get('/api/staff/pairing-code')).json()) as { code: string };
    await atKiosk.dispose();

    await page.getByRole('textbox', { name: '配对码' }).fill(code);
    await page.getByRole('button', { name: '配对' }).click();
    await page.getByRole('textbox', { name: '登录密码' }).fill(demoAdminPin);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '排队叫号' })).toBeVisible();

    // The PIN's session and the pairing never cross the hall network in clear: both cookies are Secure.
    const cookies = await context.cookies();
    expect(cookies.map(({ name, secure, httpOnly, sameSite }) => ({ name, secure, httpOnly, sameSite })).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'kiosk_device', secure: true, httpOnly: true, sameSite: 'Strict' },
      { name: 'kiosk_staff', secure: true, httpOnly: true, sameSite: 'Strict' },
    ]);

    // A reload keeps the console; the hall TV's page, on the same paired device, shows the board.
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: '排队叫号' })).toBeVisible();
    await page.goto('/board');
    await expect(page.getByRole('heading', { level: 1, name: '叫号信息' })).toBeVisible();
  } finally {
    await counterPc.close();
  }
});
