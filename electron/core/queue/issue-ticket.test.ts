import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../store/open.ts';
import { demoConfig } from '../../testing/kiosk-files.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { callNext, finish } from './calling.ts';
import { issueTicket } from './issue-ticket.ts';
import { QueueConfig } from './queue-config.ts';
import { windowsView } from './queue-views.ts';

const tempDir = useTempDir();
const demoQueue = QueueConfig.parse(demoConfig().queue);
/** Local times in the hall, whatever the machine's zone: the queue's day is the local one. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);

function store(file = join(tempDir(), 'kiosk.db')) {
  return { db: openStore(file).db, file };
}

function issue(db: ReturnType<typeof store>['db'], businessType: string, priority: boolean, now: Date, windows = 1, queue = demoQueue) {
  const result = issueTicket(db, { businessType, priority }, { queue, windows }, now);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('issueTicket', () => {
  test('numbers each business type on its own, and priority tickets in their own series with the mark', () => {
    const { db } = store();
    const numbers = [
      issue(db, 'A', false, at(27, 9)),
      issue(db, 'A', false, at(27, 9, 1)),
      issue(db, 'B', false, at(27, 9, 2)),
      issue(db, 'A', true, at(27, 9, 3)),
      issue(db, 'A', false, at(27, 9, 4)),
      issue(db, 'A', true, at(27, 9, 5)),
    ].map((result) => result.ticket.number);
    expect(numbers).toEqual(['A001', 'A002', 'B001', 'YA001', 'A003', 'YA002']);
  });

  test('returns the ticket as the resident sees it', () => {
    const { db } = store();
    const result = issue(db, 'C', true, at(27, 10, 15));
    expect(result).toMatchObject({
      ok: true,
      ticket: { number: 'YC001', businessType: 'C', priority: true, issuedAt: at(27, 10, 15).toISOString(), calledAt: null, state: 'waiting' },
      waitingAhead: 0,
      estimatedWaitMinutes: 0,
    });
  });

  test('refuses a business type the hall does not have, and writes nothing', () => {
    const { db } = store();
    expect(issueTicket(db, { businessType: 'Z', priority: false }, { queue: demoQueue, windows: 1 }, at(27, 9))).toEqual({ ok: false, error: 'unknown-business-type' });
    expect(db.prepare('SELECT count(*) AS n FROM ticket').get()).toEqual({ n: 0 });
  });

  test('starts again at 001 on the next local day', () => {
    const { db } = store();
    expect(issue(db, 'A', false, at(27, 16, 59)).ticket.number).toBe('A001');
    expect(issue(db, 'A', false, at(27, 23, 59)).ticket.number).toBe('A002');
    expect(issue(db, 'A', false, at(28, 0, 1)).ticket.number).toBe('A001');
    expect(issue(db, 'A', true, at(28, 8)).ticket.number).toBe('YA001');
  });

  test('never gives a number twice in a day, even after the kiosk restarts', () => {
    const first = store();
    issue(first.db, 'A', false, at(27, 9));
    issue(first.db, 'A', false, at(27, 9, 5));
    first.db.close();
    const second = store(first.file);
    expect(issue(second.db, 'A', false, at(27, 9, 10)).ticket.number).toBe('A003');
    const all = second.db.prepare("SELECT series || number AS n FROM ticket WHERE day = '2026-11-27'").pluck().all();
    expect(new Set(all).size).toBe(all.length);
  });

  test("yesterday's tickets no longer wait today", () => {
    const { db } = store();
    issue(db, 'A', false, at(26, 16));
    issue(db, 'A', false, at(26, 16, 30));
    expect(issue(db, 'A', false, at(27, 8, 30))).toMatchObject({ waitingAhead: 0, estimatedWaitMinutes: 0 });
  });
});

describe('waiting ahead and the estimated wait', () => {
  test('count the tickets before this one, at the default service time per window before anyone is served', () => {
    const { db } = store();
    const ahead = [0, 1, 2, 3].map((minute) => issue(db, 'A', false, at(27, 9, minute)));
    expect(ahead.map((result) => result.waitingAhead)).toEqual([0, 1, 2, 3]);
    expect(ahead.map((result) => result.estimatedWaitMinutes)).toEqual([0, 5, 10, 15]);
    expect(issue(db, 'B', false, at(27, 9, 5), 2)).toMatchObject({ waitingAhead: 4, estimatedWaitMinutes: 10 });
  });

  test('count the normal tickets a priority ticket waits for under the rule', () => {
    const { db } = store();
    for (const minute of [0, 1, 2]) issue(db, 'A', false, at(27, 9, minute));
    // N = 1 and no call yet today: one normal call, then this priority ticket.
    expect(issue(db, 'A', true, at(27, 9, 3)).waitingAhead).toBe(1);
    // The second priority ticket comes after the first, and one more normal call.
    expect(issue(db, 'B', true, at(27, 9, 4)).waitingAhead).toBe(3);
    const priorityFirst = { ...demoQueue, priority: { ...demoQueue.priority, normalCallsPerPriorityCall: 0 } };
    expect(issue(db, 'D', true, at(27, 9, 5), 1, priorityFirst).waitingAhead).toBe(2);
    expect(issue(db, 'D', false, at(27, 9, 6), 1, priorityFirst).waitingAhead).toBe(6);
  });

  test('issue #20.1: counted in the database, each new ticket\'s place is its place in the console\'s call order', () => {
    const hallWindows = [{ id: 'window-1', name: { 'zh-CN': '1号窗口', en: 'Window 1' } }];
    const steps = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 12 }), priority: fc.boolean(), callFirst: fc.boolean() }), { minLength: 1, maxLength: 12 });
    const rules = fc.record({ normalCallsPerPriorityCall: fc.integer({ min: 0, max: 3 }), maxNormalWaitMinutes: fc.integer({ min: 5, max: 40 }) });
    const { db } = store();
    fc.assert(
      fc.property(steps, rules, (arrivals, rule) => {
        // One database for every run, emptied between them: opening one costs far more than a run.
        db.exec('DELETE FROM ticket; DELETE FROM ticket_counter; DELETE FROM queue_day');
        const queue = { ...demoQueue, priority: { ...demoQueue.priority, ...rule } };
        let minute = 0;
        for (const arrival of arrivals) {
          minute += arrival.gap;
          const now = at(27, 9, minute);
          if (arrival.callFirst) callNext(db, 'window-1', rule, now);
          const issued = issue(db, 'A', arrival.priority, now, 1, queue);
          const order = windowsView(db, hallWindows, rule, now).waiting.map((ticket) => ticket.number);
          expect(issued.waitingAhead).toBe(order.indexOf(issued.ticket.number));
        }
      }),
      { numRuns: 15 },
    );
  });

  test('follow the median time from call to finish of the day’s services', () => {
    const { db } = store();
    const served = [4, 6, 20];
    for (const [index, minutes] of served.entries()) {
      issue(db, 'A', false, at(27, 8, 30 + index));
      const calledAt = at(27, 9 + index);
      callNext(db, 'window-1', demoQueue.priority, calledAt);
      finish(db, 'window-1', new Date(calledAt.getTime() + minutes * 60_000));
    }
    issue(db, 'A', false, at(27, 12));
    expect(issue(db, 'A', false, at(27, 12, 1))).toMatchObject({ waitingAhead: 1, estimatedWaitMinutes: 6 });
    expect(issue(db, 'A', false, at(27, 12, 2), 2)).toMatchObject({ waitingAhead: 2, estimatedWaitMinutes: 6 });
  });
});
