import { BrowserWindow, app, powerSaveBlocker, protocol, safeStorage, session } from 'electron';
import { join } from 'node:path';
import { logToConsole } from '../log.ts';
import { createKioskApp } from '../server/app.ts';
import { bootKiosk, buildVoiceInBackground } from '../server/boot.ts';
import { startMaintenance } from '../server/maintenance.ts';
import { safeStorageKeyWrapper } from './key-wrapper.ts';
import {
  isAllowedNavigation,
  kioskHost,
  kioskScheme,
  kioskSchemePrivileges,
  kioskStartUrl,
  kioskWindowOptions,
  permissionDecision,
  windowOpenDecision,
} from './window.ts';

/** Lifecycle only: every behaviour lives in the backend, which is served through app:// with no open port. */
protocol.registerSchemesAsPrivileged([{ scheme: kioskScheme, privileges: kioskSchemePrivileges }]);

const development = !app.isPackaged && process.env.KIOSK_DEV === '1';

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => {
    const refuseForeign = (event: { preventDefault: () => void }, url: string) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    };
    contents.on('will-navigate', refuseForeign);
    contents.on('will-redirect', refuseForeign);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(windowOpenDecision);
  });

  void app.whenReady().then(() => {
    const appRoot = app.getAppPath();
    const resources = app.isPackaged ? process.resourcesPath : appRoot;
    const deps = bootKiosk(
      {
        dataDir: process.env.KIOSK_DATA_DIR ?? app.getPath('userData'),
        configFile: process.env.KIOSK_CONFIG ?? join(resources, 'kiosk-config/default.json'),
        bundledConfigFile: join(resources, 'kiosk-config/default.json'),
        seedsDir: join(resources, 'seeds'),
        rendererDir: join(appRoot, 'dist/renderer'),
      },
      logToConsole,
      { via: 'app-scheme', origin: `${kioskScheme}://${kioskHost}` },
      // Issue #16.6: the data key and the audit key are sealed by the keystore wherever it is available.
      { keyWrapper: safeStorageKeyWrapper(safeStorage) },
    );
    const kiosk = createKioskApp(deps);
    protocol.handle(kioskScheme, (request) => kiosk.fetch(request));
    deps.sync.start();
    const maintenance = startMaintenance(deps);
    void buildVoiceInBackground(deps, logToConsole);
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
    session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
    powerSaveBlocker.start('prevent-display-sleep');

    const window = new BrowserWindow(kioskWindowOptions({ development, preload: join(__dirname, 'preload.cjs') }));
    window.once('ready-to-show', () => window.show());
    // A crashed page comes back on the home screen rather than leaving a dead screen.
    window.webContents.on('render-process-gone', () => void window.loadURL(kioskStartUrl));
    app.on('second-instance', () => window.focus());
    // The sync worker finishes its round before the database closes, so no send is left half-recorded.
    let quitting = false;
    app.on('before-quit', (event) => {
      if (quitting) return;
      event.preventDefault();
      quitting = true;
      void Promise.all([deps.sync.stop(), maintenance.stop()]).then(() => {
        deps.db.close();
        deps.voiceCache.db.close();
        app.quit();
      });
    });
    void window.loadURL(kioskStartUrl);
  });

  app.on('window-all-closed', () => app.quit());
}
