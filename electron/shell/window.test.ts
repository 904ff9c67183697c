import { describe, expect, test } from 'vitest';
import { isAllowedNavigation, kioskStartUrl, kioskWindowOptions, permissionDecision, windowOpenDecision } from './window.ts';

describe('kioskWindowOptions', () => {
  test('follows Electron’s security checklist and lets the kiosk speak before a touch', () => {
    const { webPreferences, kiosk } = kioskWindowOptions({ development: false, preload: '/app/preload.cjs' });
    expect(kiosk).toBe(true);
    expect(webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      autoplayPolicy: 'no-user-gesture-required',
    });
  });

  test('opens devtools and leaves kiosk mode only in development', () => {
    const options = kioskWindowOptions({ development: true, preload: '/app/preload.cjs' });
    expect(options.kiosk).toBe(false);
    expect(options.webPreferences?.devTools).toBe(true);
    expect(options.webPreferences?.sandbox).toBe(true);
  });
});

describe('navigation guard', () => {
  test.each([kioskStartUrl, 'app://kiosk/staff', 'app://kiosk/?lang=en'])('allows %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  test.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'app://other/',
    'javascript:alert(1)',
    'data:text/html,<p>hi</p>',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('new windows and permissions', () => {
  test('never opens a new window', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });

  test.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('refuses the %s permission', (permission) => {
    expect(permissionDecision(permission)).toBe(false);
  });
});
