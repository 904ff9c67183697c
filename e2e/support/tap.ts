import type { Locator, Page } from '@playwright/test';
import { doubleTapGuardMs } from './hall-config.ts';

export { doubleTapGuardMs };

/** When each page was last tapped, by the clock of the test runner. */
const lastTaps = new WeakMap<Page, number>();

/**
 * A resident's tap: a finger that lands after the kiosk's double-tap guard, not a robot's burst. It waits
 * only for what is left of the guard since this page's last tap; a tap after a slower step (a check, a
 * new screen) needs no wait.
 */
export async function tap(target: Locator): Promise<void> {
  const page = target.page();
  const waitMs = (lastTaps.get(page) ?? Number.NEGATIVE_INFINITY) + doubleTapGuardMs + 50 - performance.now();
  if (waitMs > 0) await page.waitForTimeout(waitMs);
  await target.click();
  lastTaps.set(page, performance.now());
}
