import { chromium } from '@playwright/test';
import type { LaunchOptions } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Debian's Chromium, used where Playwright's own browser can't be downloaded (this machine's network). */
export const debianChromium = '/usr/bin/chromium';

/** The flags the kiosk's Chromium runs with; the autoplay flag lets the kiosk speak before a touch. */
export const kioskChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

/** Playwright's own Chromium when it is installed, else Debian's. */
export function chromiumLaunchOptions(): LaunchOptions {
  const ownBrowser = existsSync(chromium.executablePath());
  return { args: kioskChromiumArgs, ...(ownBrowser ? {} : { executablePath: debianChromium }) };
}
