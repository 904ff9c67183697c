import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { callOrder, isOverdue, ticketsAhead } from './call-order.ts';
import type { PriorityRule, WaitingTicket } from './call-order.ts';

/*
 * Issue #20.1: the call order's promises, for any arrivals and any rule the config allows. Arrivals come
 * oldest first, as the queue stores them, some in the same minute and some past the longest wait.
 */

const now = new Date('2026-11-27T04:00:00.000Z');

interface Arrival extends WaitingTicket {
  /** Where it stands among the arrivals: its issue order. */
  index: number;
}

/** Gaps in minutes between arrivals (0: the same minute), newest last, and which arrivals are priority. */
const arrivals = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 9 }), priority: fc.boolean() }), { maxLength: 14 }).map((steps) => {
  let waited = steps.reduce((sum, step) => sum + step.gap, 0);
  return steps.map((step, index): Arrival => {
    waited -= step.gap;
    return { index, priority: step.priority, issuedAt: new Date(now.getTime() - waited * 60_000).toISOString() };
  });
});
const rules = fc.record({ normalCallsPerPriorityCall: fc.integer({ min: 0, max: 4 }), maxNormalWaitMinutes: fc.integer({ min: 5, max: 60 }) });
const counts = fc.integer({ min: 0, max: 6 });
const queues = fc.record({ waiting: arrivals, rule: rules, since: counts });

const issuedBefore = (one: WaitingTicket, other: WaitingTicket) => Date.parse(one.issuedAt) < Date.parse(other.issuedAt);

/** What the database counts for a waiting ticket (issue-ticket.ts, waitingAhead). */
function countsFor(ticket: Arrival, waiting: readonly Arrival[], rule: PriorityRule, since: number) {
  const normals = waiting.filter((other) => !other.priority);
  return {
    sameKindAhead: waiting.filter((other) => other.priority === ticket.priority && other.index < ticket.index).length,
    overdueNormals: normals.filter((other) => isOverdue(other, rule, now)).length,
    normalCallsSincePriority: since,
    normalsIssuedBeforeEachPriority: waiting.filter((other) => other.priority).map((each) => normals.filter((other) => issuedBefore(other, each)).length),
  };
}

describe('the call order, for any arrivals and rule', () => {
  test('(a) no priority ticket is called after a normal ticket issued later than it', () => {
    fc.assert(
      fc.property(queues, ({ waiting, rule, since }) => {
        const order = callOrder(waiting, since, rule, now);
        order.forEach((called, place) => {
          if (called.priority) return;
          for (const passed of order.slice(place + 1)) if (passed.priority) expect(issuedBefore(called, passed)).toBe(true);
        });
      }),
    );
  });

  test('(b) ticketsAhead is the place in callOrder of every waiting ticket', () => {
    fc.assert(
      fc.property(queues, ({ waiting, rule, since }) => {
        const order = callOrder(waiting, since, rule, now);
        for (const ticket of waiting) expect(ticketsAhead(ticket, countsFor(ticket, waiting, rule, since), rule)).toBe(order.indexOf(ticket));
      }),
    );
  });

  test('(c) normal tickets issued before the priority ones still go first by normalCallsPerPriorityCall', () => {
    const olderNormals = fc
      .record({ normals: fc.integer({ min: 0, max: 10 }), priorities: fc.integer({ min: 0, max: 5 }), perPriority: fc.integer({ min: 0, max: 4 }), since: counts })
      .map(({ normals, priorities, perPriority, since }) => {
        // All normal tickets first, then the priority ones, none overdue: the count alone decides.
        const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
        const waiting = [
          ...Array.from({ length: normals }, (_, index): WaitingTicket => ({ priority: false, issuedAt: minutesAgo(30 - index) })),
          ...Array.from({ length: priorities }, (_, index): WaitingTicket => ({ priority: true, issuedAt: minutesAgo(10 - index) })),
        ];
        return { waiting, rule: { normalCallsPerPriorityCall: perPriority, maxNormalWaitMinutes: 60 }, since };
      });
    fc.assert(
      fc.property(olderNormals, ({ waiting, rule, since }) => {
        const kinds = callOrder(waiting, since, rule, now).map((ticket) => (ticket.priority ? 'P' : 'N'));
        let normalsLeft = waiting.filter((ticket) => !ticket.priority).length;
        let prioritiesLeft = waiting.length - normalsLeft;
        const expected: string[] = [];
        // First the normal calls still owed since the last priority call, then N normal calls per priority call.
        let turn = Math.max(0, rule.normalCallsPerPriorityCall - since);
        while (normalsLeft + prioritiesLeft > 0) {
          const normalsNow = prioritiesLeft === 0 ? normalsLeft : Math.min(turn, normalsLeft);
          expected.push(...Array<string>(normalsNow).fill('N'));
          normalsLeft -= normalsNow;
          if (prioritiesLeft > 0) {
            expected.push('P');
            prioritiesLeft -= 1;
          }
          turn = rule.normalCallsPerPriorityCall;
        }
        expect(kinds).toEqual(expected);
      }),
    );
  });

  test('(d) an overdue normal ticket goes before every priority ticket issued after it, and only those', () => {
    fc.assert(
      fc.property(queues, ({ waiting, rule, since }) => {
        const order = callOrder(waiting, since, rule, now);
        for (const overdue of order.filter((ticket) => !ticket.priority && isOverdue(ticket, rule, now))) {
          for (const other of order.filter((ticket) => ticket.priority)) {
            expect(order.indexOf(overdue) < order.indexOf(other)).toBe(issuedBefore(overdue, other));
          }
        }
      }),
    );
  });

  test('FIFO within each kind', () => {
    fc.assert(
      fc.property(queues, ({ waiting, rule, since }) => {
        const order = callOrder(waiting, since, rule, now);
        for (const priority of [true, false]) expect(order.filter((ticket) => ticket.priority === priority)).toEqual(waiting.filter((ticket) => ticket.priority === priority));
      }),
    );
  });
});
