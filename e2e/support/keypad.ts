import { expect } from '@playwright/test';
import type { Locator } from '@playwright/test';

/** As a keypad user does: Down until the control has focus (accessibility.md, Keypad: Up/Down move). */
export async function moveFocusTo(target: Locator, maxPresses = 40): Promise<void> {
  const page = target.page();
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('ArrowDown');
  }
  await expect(target, `reached by Down within ${maxPresses} presses`).toBeFocused();
}
