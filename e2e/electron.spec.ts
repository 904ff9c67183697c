import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installedElectronBinary } from '../electron/shell/electron-binary.ts';

const root = resolve(import.meta.dirname, '..');
// Found by its file, never by resolving the module: require('electron') would try to download it.
const binary = installedElectronBinary(root);
const skipReason = 'no Electron binary is installed (node_modules/electron/path.txt and dist/ are absent); the shell spec runs where one is';
if (!binary) console.log(`electron.spec.ts skipped: ${skipReason}`);

test.describe('the Electron shell', () => {
  test.skip(!binary, skipReason);

  test('opens the kiosk on app:// with hardened web preferences and refuses other origins', async () => {
    const app = await electron.launch({
      executablePath: binary,
      args: [root],
      env: { ...process.env, KIOSK_DATA_DIR: mkdtempSync(join(tmpdir(), 'kiosk-electron-')) },
    });
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1, name: '请选择要办理的事项' })).toBeVisible();
    expect(window.url()).toBe('app://kiosk/');

    const preferences = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getLastWebPreferences());
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      autoplayPolicy: 'no-user-gesture-required',
    });

    await window.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await window.waitForTimeout(500);
    expect(window.url()).toBe('app://kiosk/');
    await app.close();
  });
});
