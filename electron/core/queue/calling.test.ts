import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../store/open.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { demoConfig } from '../../testing/kiosk-files.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import type { PriorityRule } from './call-order.ts';
import { callNext, finish, recall, skip } from './calling.ts';
import { issueTicket } from './issue-ticket.ts';
import { QueueConfig } from './queue-config.ts';

const tempDir = useTempDir();
const demoQueue = QueueConfig.parse(demoConfig().queue);
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);
const rule = (normalCallsPerPriorityCall: number, maxNormalWaitMinutes = 30): PriorityRule => ({ normalCallsPerPriorityCall, maxNormalWaitMinutes });

function store(file = join(tempDir(), 'kiosk.db')) {
  return { db: openStore(file).db, file };
}

function issue(db: KioskDatabase, businessType: string, priority: boolean, now: Date): string {
  const result = issueTicket(db, { businessType, priority }, { queue: demoQueue, windows: 1 }, now);
  if (!result.ok) throw new Error(result.error);
  return result.ticket.number;
}

/** Issues three normal and three priority tickets between 9:00 and 9:05, alternating. */
function mixedQueue(db: KioskDatabase) {
  ['A', 'A', 'B'].forEach((letter, index) => {
    issue(db, letter, false, at(27, 9, index * 2));
    issue(db, letter, true, at(27, 9, index * 2 + 1));
  });
}

/** Calls to one window until nobody waits; each call finishes the ticket before it. */
function callAll(db: KioskDatabase, theRule: PriorityRule, now: Date, windowId = 'window-1'): string[] {
  const called: string[] = [];
  for (;;) {
    const result = callNext(db, windowId, theRule, now);
    if (!result.ok) return called;
    called.push(result.ticket.number);
  }
}

describe('callNext, the priority rule', () => {
  test('N = 0: every priority ticket first, then the normal ones, each kind in order', () => {
    const { db } = store();
    mixedQueue(db);
    expect(callAll(db, rule(0), at(27, 9, 10))).toEqual(['YA001', 'YA002', 'YB001', 'A001', 'A002', 'B001']);
  });

  test('N = 1: a normal call, then a priority call, in turn', () => {
    const { db } = store();
    mixedQueue(db);
    expect(callAll(db, rule(1), at(27, 9, 10))).toEqual(['A001', 'YA001', 'A002', 'YA002', 'B001', 'YB001']);
  });

  test('N = 2: up to two normal calls, then a priority call, but never a normal ticket issued after the priority one', () => {
    const { db } = store();
    mixedQueue(db);
    // A002 (9:02) came after YA001 (9:01), and B001 (9:04) after YA002 (9:03): neither passes it.
    expect(callAll(db, rule(2), at(27, 9, 10))).toEqual(['A001', 'YA001', 'A002', 'YA002', 'B001', 'YB001']);
  });

  test('issue #20.1: the day\'s first call goes to a priority ticket that waited longer than the normal one', () => {
    const { db } = store();
    issue(db, 'A', true, at(27, 9));
    issue(db, 'A', false, at(27, 9, 13));
    expect(callAll(db, rule(1), at(27, 9, 14))).toEqual(['YA001', 'A001']);
  });

  test('a normal ticket that has waited the maximum goes first, even when N = 0', () => {
    const { db } = store();
    issue(db, 'A', false, at(27, 9));
    issue(db, 'A', true, at(27, 9, 20));
    issue(db, 'A', false, at(27, 9, 21));
    expect(callAll(db, rule(0, 30), at(27, 9, 30))).toEqual(['A001', 'YA001', 'A002']);
  });

  test('calls whichever kind waits when only one does, and says so when nobody waits', () => {
    const { db } = store();
    expect(callNext(db, 'window-1', rule(1), at(27, 9))).toEqual({ ok: false, error: 'nobody-waiting' });
    issue(db, 'A', true, at(27, 9));
    issue(db, 'A', true, at(27, 9, 1));
    expect(callAll(db, rule(3), at(27, 9, 2))).toEqual(['YA001', 'YA002']);
    issue(db, 'B', false, at(27, 9, 3));
    expect(callAll(db, rule(0), at(27, 9, 4))).toEqual(['B001']);
  });

  test('keeps count of normal calls across calls, windows and a restart', () => {
    const first = store();
    for (const minute of [0, 1, 2]) issue(first.db, 'A', false, at(27, 9, minute));
    const twoNormalCalls = rule(2);
    expect(callNext(first.db, 'window-1', twoNormalCalls, at(27, 9, 5))).toMatchObject({ ok: true, ticket: { number: 'A001' } });
    first.db.close();
    const second = store(first.file);
    issue(second.db, 'A', true, at(27, 9, 6));
    // One normal call so far: a second one before the priority ticket, on another window.
    expect(callNext(second.db, 'window-2', twoNormalCalls, at(27, 9, 7))).toMatchObject({ ok: true, ticket: { number: 'A002' } });
    expect(callNext(second.db, 'window-1', twoNormalCalls, at(27, 9, 8))).toMatchObject({ ok: true, ticket: { number: 'YA001' } });
  });

  test('starts each day with no normal calls counted', () => {
    const { db } = store();
    issue(db, 'A', false, at(26, 9));
    issue(db, 'A', false, at(26, 9, 1));
    callAll(db, rule(1), at(26, 9, 5));
    issue(db, 'A', false, at(27, 9));
    issue(db, 'A', true, at(27, 9, 1));
    expect(callNext(db, 'window-1', rule(1), at(27, 9, 2))).toMatchObject({ ok: true, ticket: { number: 'A001' } });
  });
});

describe('a window and its current ticket', () => {
  test('calling the next ticket finishes the current one first, even when nobody else waits', () => {
    const { db } = store();
    issue(db, 'A', false, at(27, 9));
    const called = callNext(db, 'window-1', rule(1), at(27, 9, 1));
    expect(called).toMatchObject({ ok: true, ticket: { number: 'A001', windowId: 'window-1', state: 'called', calledAt: at(27, 9, 1).toISOString() } });
    expect(callNext(db, 'window-1', rule(1), at(27, 9, 6))).toMatchObject({ ok: false, error: 'nobody-waiting', finished: { number: 'A001', state: 'finished' } });
    expect(db.prepare('SELECT state, finished_at FROM ticket').get()).toEqual({ state: 'finished', finished_at: at(27, 9, 6).toISOString() });
  });

  test('two windows never get the same ticket', () => {
    const { db } = store();
    issue(db, 'A', false, at(27, 9));
    issue(db, 'A', false, at(27, 9, 1));
    const one = callNext(db, 'window-1', rule(1), at(27, 9, 2));
    const two = callNext(db, 'window-2', rule(1), at(27, 9, 2));
    expect([one.ok && one.ticket.number, two.ok && two.ticket.number]).toEqual(['A001', 'A002']);
    expect(callNext(db, 'window-3', rule(1), at(27, 9, 3))).toEqual({ ok: false, error: 'nobody-waiting' });
  });

  test('recall counts the repeats; skip and finish close the ticket; each needs a current ticket', () => {
    const { db } = store();
    for (const action of [recall, skip, finish]) expect(action(db, 'window-1', at(27, 9))).toEqual({ ok: false, error: 'no-current-ticket' });
    issue(db, 'A', false, at(27, 9));
    issue(db, 'B', false, at(27, 9, 1));
    callNext(db, 'window-1', rule(1), at(27, 9, 2));
    expect(recall(db, 'window-1', at(27, 9, 3))).toMatchObject({ ok: true, ticket: { number: 'A001', recallCount: 1 } });
    expect(recall(db, 'window-1', at(27, 9, 4))).toMatchObject({ ok: true, ticket: { number: 'A001', recallCount: 2 } });
    expect(skip(db, 'window-1', at(27, 9, 5))).toMatchObject({ ok: true, ticket: { number: 'A001', state: 'skipped' } });
    expect(recall(db, 'window-1', at(27, 9, 5))).toEqual({ ok: false, error: 'no-current-ticket' });
    callNext(db, 'window-1', rule(1), at(27, 9, 6));
    expect(finish(db, 'window-1', at(27, 9, 9))).toMatchObject({ ok: true, ticket: { number: 'B001', state: 'finished' } });
    expect(finish(db, 'window-1', at(27, 9, 9))).toEqual({ ok: false, error: 'no-current-ticket' });
  });

  test("yesterday's ticket left at a window is not today's current ticket", () => {
    const { db } = store();
    issue(db, 'A', false, at(26, 16));
    callNext(db, 'window-1', rule(1), at(26, 16, 5));
    expect(recall(db, 'window-1', at(27, 8, 30))).toEqual({ ok: false, error: 'no-current-ticket' });
  });
});
