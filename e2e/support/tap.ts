import type { Locator, Page } from '@playwright/test';

/** The kiosk ignores a second tap within its double-tap guard (500 ms by default), as it should. */
export const doubleTapGuardMs = 500;

/** When each page was last tapped, by the clock of the test runner. */
const lastTaps = new WeakMap<Page, number>();

/**
 * A resident's tap: a finger that lands after the guard, not a robot's burst. It waits only for what is
 * left of the guard since this page's last tap; a tap after a slower step (a check, a new screen) needs no wait.
 */
export async function tap(target: Locator): Promise<void> {
  const page = target.page();
  const waitMs = (lastTaps.get(page) ?? Number.NEGATIVE_INFINITY) + doubleTapGuardMs + 50 - performance.now();
  if (waitMs > 0) await page.waitForTimeout(waitMs);
  await target.click();
  lastTaps.set(page, performance.now());
}
