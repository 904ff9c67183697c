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
    const kioskWindow = await app.firstWindow();
    await expect(kioskWindow.getByRole('heading', { level: 1, name: '请选择要办理的事项' })).toBeVisible();
    expect(kioskWindow.url()).toBe('app://kiosk/');

    // What the hardened web preferences mean inside the page: no Node, isolated, sandboxed.
    const page = await kioskWindow.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(page).toEqual({ require: 'undefined', process: 'undefined' });
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.isDevToolsOpened())).toBe(false);

    // autoplayPolicy 'no-user-gesture-required': audio plays before anyone touches the screen.
    const played = await kioskWindow.evaluate(async () => {
      const silence = new Uint8Array([82, 73, 70, 70, 38, 0, 0, 0, 87, 65, 86, 69, 102, 109, 116, 32, 16, 0, 0, 0, 1, 0, 1, 0, 64, 31, 0, 0, 64, 31, 0, 0, 1, 0, 8, 0, 100, 97, 116, 97, 2, 0, 0, 0, 128, 128]);
      const audio = new Audio(URL.createObjectURL(new Blob([silence], { type: 'audio/wav' })));
      return audio.play().then(
        () => 'played',
        (error: Error) => error.name,
      );
    });
    expect(played).toBe('played');

    await kioskWindow.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await kioskWindow.waitForTimeout(500);
    expect(kioskWindow.url()).toBe('app://kiosk/');
    await app.close();
  });
});
