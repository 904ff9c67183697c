import type { PressEvent } from 'react-aria-components';

/**
 * accessibility.md, Touching: a second tap within the guard time is ignored, so a tremor's double tap
 * cannot also press whatever appears under the finger on the next screen. One guard for the whole
 * kiosk. It applies to touch, pen and mouse only: switches replace it with their own timings.
 */
let guardMs = 500;
let lastPressAt = Number.NEGATIVE_INFINITY;

export function setDoubleTapGuard(milliseconds: number): void {
  guardMs = milliseconds;
}

export function guardPress(handler: ((event: PressEvent) => void) | undefined): ((event: PressEvent) => void) | undefined {
  if (!handler) return undefined;
  return (event) => {
    if (event.pointerType === 'touch' || event.pointerType === 'mouse' || event.pointerType === 'pen') {
      const now = performance.now();
      if (now - lastPressAt < guardMs) return;
      lastPressAt = now;
    }
    handler(event);
  };
}
