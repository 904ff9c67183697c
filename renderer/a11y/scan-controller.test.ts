import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ScanController } from './scan-controller.ts';
import type { ScanTiming } from './scan-controller.ts';

/** A row of controls the highlight walks through, recording what happened. */
function controls(count: number) {
  const log: string[] = [];
  let index = -1;
  return {
    log,
    get index() {
      return index;
    },
    actions: {
      move: () => {
        index = (index + 1) % count;
        log.push(`move ${index}`);
        return index === 0 && log.length > 1;
      },
      select: () => log.push(`select ${index}`),
      pauseAtFirst: () => {
        index = 0;
        log.push('pause');
      },
    },
  };
}

const timing: ScanTiming = { acceptanceMs: 0, postAcceptanceMs: 300, scanIntervalMs: 1500 };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('two-switch step scanning', () => {
  test('move steps, select selects', () => {
    const row = controls(3);
    const scan = new ScanController('two-switch', timing, row.actions);
    scan.press('move', 0);
    scan.press('move', 1000);
    scan.press('select', 2000);
    expect(row.log).toEqual(['move 0', 'move 1', 'select 1']);
  });

  test('ignores presses within the post-acceptance delay', () => {
    const row = controls(3);
    const scan = new ScanController('two-switch', timing, row.actions);
    scan.press('move', 0);
    scan.press('move', 100); // a bounce or a tremor
    scan.press('select', 299);
    scan.press('move', 300);
    expect(row.log).toEqual(['move 0', 'move 1']);
  });

  test('counts a press only when held for the acceptance time', () => {
    const row = controls(3);
    const scan = new ScanController('two-switch', { ...timing, acceptanceMs: 500 }, row.actions);
    scan.press('move', 0);
    vi.advanceTimersByTime(400);
    scan.release('move');
    vi.advanceTimersByTime(1000);
    expect(row.log).toEqual([]);
    scan.press('move', 2000);
    vi.advanceTimersByTime(500);
    expect(row.log).toEqual(['move 0']);
  });
});

describe('one-switch auto scanning', () => {
  test('advances by itself at the scan interval, and the switch selects', () => {
    const row = controls(4);
    const scan = new ScanController('one-switch', timing, row.actions);
    vi.advanceTimersByTime(1500 * 3);
    expect(row.log).toEqual(['move 0', 'move 1', 'move 2']);
    scan.press('select', 5000);
    expect(row.log.at(-1)).toBe('select 2');
    scan.stop();
  });

  test('pauses on the first item after 3 loops without a press, and the next press restarts it', () => {
    const row = controls(2);
    const scan = new ScanController('one-switch', timing, row.actions);
    vi.advanceTimersByTime(1500 * 20);
    expect(scan.paused).toBe(true);
    expect(row.log.at(-1)).toBe('pause');
    // 3 loops of 2 controls: 0 1 | 0 1 | 0 1 | 0 → wraps at the 3rd, 5th, 7th move.
    expect(row.log.filter((entry) => entry.startsWith('move'))).toHaveLength(7);
    const before = row.log.length;
    scan.press('select', 40_000);
    expect(row.log.length).toBe(before); // the restarting press selects nothing
    expect(scan.paused).toBe(false);
    vi.advanceTimersByTime(1500);
    expect(row.log.at(-1)).toMatch(/^move/);
    scan.stop();
  });
});
