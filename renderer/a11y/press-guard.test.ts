import type { PressEvent } from 'react-aria-components';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { KioskConfig } from '../../electron/config/schema.ts';
import { guardPress, setDoubleTapGuard } from './press-guard.ts';

const press = (pointerType: PressEvent['pointerType']) => ({ pointerType }) as PressEvent;

describe('the double-tap guard', () => {
  // One fake clock for the file, so time only goes forward, as the guard expects.
  beforeAll(() => vi.useFakeTimers({ toFake: ['performance'] }));
  afterAll(() => vi.useRealTimers());
  // A minute after the earlier test's last press: the guard is one for the whole kiosk.
  beforeEach(() => vi.advanceTimersByTime(60_000));
  afterEach(() => setDoubleTapGuard(500));

  test('ignores a second tap within half a second by default, and lets a later one through', () => {
    const pressed: string[] = [];
    const first = guardPress(() => pressed.push('first'));
    const second = guardPress(() => pressed.push('second'));
    first?.(press('touch'));
    vi.advanceTimersByTime(499);
    second?.(press('touch'));
    expect(pressed).toEqual(['first']);
    vi.advanceTimersByTime(1);
    second?.(press('mouse'));
    expect(pressed).toEqual(['first', 'second']);
  });

  test("takes the hall's configured time instead, and never holds back a keypad or a switch", () => {
    setDoubleTapGuard(1_000);
    const pressed: string[] = [];
    const button = guardPress(() => pressed.push('pressed'));
    button?.(press('pen'));
    vi.advanceTimersByTime(900);
    button?.(press('touch'));
    button?.(press('keyboard'));
    button?.(press('virtual'));
    expect(pressed).toEqual(['pressed', 'pressed', 'pressed']);
  });

  test('is half a second in a hall config that does not set it', () => {
    const defaults = KioskConfig.shape.timing.parse({});
    expect(defaults.doubleTapGuardMs).toBe(500);
  });
});
