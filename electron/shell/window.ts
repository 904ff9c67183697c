import type { BrowserWindowConstructorOptions } from 'electron';

/** The privileged scheme the kiosk is served on: no open port (architecture.md). */
export const kioskScheme = 'app';
export const kioskHost = 'kiosk';
export const kioskStartUrl = `${kioskScheme}://${kioskHost}/`;

export interface KioskWindowSettings {
  /** Devtools, a window frame and no kiosk lock, for developers only. */
  development: boolean;
  preload: string;
}

/** Electron's security checklist, applied to the one kiosk window. */
export function kioskWindowOptions({ development, preload }: KioskWindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1920,
    height: 1080,
    kiosk: !development,
    fullscreen: !development,
    autoHideMenuBar: true,
    backgroundColor: '#fff8e7',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: development,
      // accessibility.md, Hearing: a kiosk speaks before anyone touches it.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

/** Only the kiosk's own pages may be shown; every other navigation is refused. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const target = new URL(url);
    return target.protocol === `${kioskScheme}:` && target.host === kioskHost;
  } catch {
    return false;
  }
}

/** The kiosk never opens a second window; a link that asks for one is refused. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Permissions the kiosk grants. None: camera, microphone, geolocation, notifications… all refused. */
const grantedPermissions: ReadonlySet<string> = new Set();

export function permissionDecision(permission: string): boolean {
  return grantedPermissions.has(permission);
}

/** The privileges the app:// scheme needs to behave like https for fetch, streams (SSE) and storage. */
export const kioskSchemePrivileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
  codeCache: true,
} as const;
