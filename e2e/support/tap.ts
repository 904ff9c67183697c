import type { Locator } from '@playwright/test';

/** The kiosk ignores a second tap within its double-tap guard (500 ms by default), as it should. */
export const doubleTapGuardMs = 500;

/** A resident's tap: a finger that lands after the guard, not a robot's burst. */
export async function tap(target: Locator): Promise<void> {
  await target.page().waitForTimeout(doubleTapGuardMs + 50);
  await target.click();
}
