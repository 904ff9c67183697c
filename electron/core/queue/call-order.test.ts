import { describe, expect, test } from 'vitest';
import { callOrder, nextKind, ticketsAhead } from './call-order.ts';
import type { PriorityRule, WaitingTicket } from './call-order.ts';

const now = new Date('2026-11-27T02:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
const rule = (normalCallsPerPriorityCall: number, maxNormalWaitMinutes = 30): PriorityRule => ({ normalCallsPerPriorityCall, maxNormalWaitMinutes });
const normal = (waited = 1): WaitingTicket => ({ priority: false, issuedAt: minutesAgo(waited) });
const priority = (waited = 1): WaitingTicket => ({ priority: true, issuedAt: minutesAgo(waited) });

describe('nextKind', () => {
  test('calls nobody when nobody waits, and the only kind that waits otherwise', () => {
    expect(nextKind({}, 0, rule(1), now)).toBeUndefined();
    expect(nextKind({ normal: normal() }, 0, rule(0), now)).toBe('normal');
    expect(nextKind({ priority: priority() }, 0, rule(5), now)).toBe('priority');
  });

  test('N = 0: a priority ticket always goes first', () => {
    for (const since of [0, 1, 7]) expect(nextKind({ normal: normal(), priority: priority() }, since, rule(0), now)).toBe('priority');
  });

  test('N = 1: a priority call after each normal call', () => {
    const heads = { normal: normal(), priority: priority() };
    expect(nextKind(heads, 0, rule(1), now)).toBe('normal');
    expect(nextKind(heads, 1, rule(1), now)).toBe('priority');
  });

  test('N = 2: a priority call after every two normal calls', () => {
    const heads = { normal: normal(), priority: priority() };
    expect(nextKind(heads, 0, rule(2), now)).toBe('normal');
    expect(nextKind(heads, 1, rule(2), now)).toBe('normal');
    expect(nextKind(heads, 2, rule(2), now)).toBe('priority');
    expect(nextKind(heads, 5, rule(2), now)).toBe('priority');
  });

  test('a normal ticket that has waited the maximum goes before a priority ticket, whatever N says', () => {
    expect(nextKind({ normal: normal(30), priority: priority(40) }, 3, rule(0, 30), now)).toBe('normal');
    expect(nextKind({ normal: normal(30), priority: priority() }, 9, rule(1, 30), now)).toBe('normal');
    expect(nextKind({ normal: normal(29), priority: priority() }, 1, rule(1, 30), now)).toBe('priority');
  });
});

describe('callOrder', () => {
  const queue = [normal(9), normal(8), priority(7), normal(6), priority(5), priority(4), normal(3)];
  const kinds = (order: WaitingTicket[]) => order.map((ticket) => (ticket.priority ? 'P' : 'N')).join('');

  test('follows the rule for N = 0, 1 and 2, FIFO within each kind', () => {
    expect(kinds(callOrder(queue, 0, rule(0), now))).toBe('PPPNNNN');
    expect(kinds(callOrder(queue, 0, rule(1), now))).toBe('NPNPNPN');
    expect(kinds(callOrder(queue, 0, rule(2), now))).toBe('NNPNNPP');
    const order = callOrder(queue, 0, rule(1), now);
    expect(order.filter((ticket) => ticket.priority)).toEqual(queue.filter((ticket) => ticket.priority));
    expect(order.filter((ticket) => !ticket.priority)).toEqual(queue.filter((ticket) => !ticket.priority));
  });

  test('carries on from the normal calls already made since the last priority call', () => {
    expect(kinds(callOrder(queue, 2, rule(2), now))).toBe('PNNPNNP');
  });

  test('puts the overdue normal tickets first', () => {
    const late = [normal(45), normal(31), normal(2), priority(20), priority(1)];
    expect(kinds(callOrder(late, 0, rule(0, 30), now))).toBe('NNPPN');
  });

  test('is empty for an empty queue', () => {
    expect(callOrder([], 0, rule(1), now)).toEqual([]);
  });
});

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % below;
  };
}

describe('ticketsAhead', () => {
  test('gives every waiting ticket its place in callOrder, for many queues and rules', () => {
    const random = generator(20261127);
    for (let round = 0; round < 2_000; round += 1) {
      const size = random(12);
      // Issued oldest first, as the queue stores them; some normal tickets are past the maximum wait.
      let waited = 60;
      const waiting = Array.from({ length: size }, () => {
        waited -= random(8);
        return random(3) === 0 ? priority(waited) : normal(waited);
      });
      const theRule = rule(random(4), 20 + random(20));
      const since = random(5);
      const order = callOrder(waiting, since, theRule, now);
      const overdueNormals = waiting.filter((ticket) => !ticket.priority && now.getTime() - Date.parse(ticket.issuedAt) >= theRule.maxNormalWaitMinutes * 60_000).length;
      waiting.forEach((ticket, index) => {
        const sameKindAhead = waiting.slice(0, index).filter((other) => other.priority === ticket.priority).length;
        const otherKindWaiting = waiting.filter((other) => other.priority !== ticket.priority).length;
        const counts = { sameKindAhead, otherKindWaiting, overdueNormals, normalCallsSincePriority: since };
        expect(ticketsAhead(ticket, counts, theRule, now), JSON.stringify({ round, index, theRule, since })).toBe(order.indexOf(ticket));
      });
    }
  });

  test('a new ticket in an empty queue is next', () => {
    const counts = { sameKindAhead: 0, otherKindWaiting: 0, overdueNormals: 0, normalCallsSincePriority: 0 };
    expect(ticketsAhead(normal(0), counts, rule(1), now)).toBe(0);
    expect(ticketsAhead(priority(0), counts, rule(1), now)).toBe(0);
  });
});
