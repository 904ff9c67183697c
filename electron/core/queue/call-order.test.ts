import { describe, expect, test } from 'vitest';
import { callOrder, nextCall, nextKind, ticketsAhead } from './call-order.ts';
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
    for (const since of [0, 1, 7]) expect(nextKind({ normal: normal(2), priority: priority() }, since, rule(0), now)).toBe('priority');
  });

  test('N = 1: a priority call after each normal call', () => {
    const heads = { normal: normal(2), priority: priority() };
    expect(nextKind(heads, 0, rule(1), now)).toBe('normal');
    expect(nextKind(heads, 1, rule(1), now)).toBe('priority');
  });

  test('N = 2: a priority call after every two normal calls', () => {
    const heads = { normal: normal(2), priority: priority() };
    expect(nextKind(heads, 0, rule(2), now)).toBe('normal');
    expect(nextKind(heads, 1, rule(2), now)).toBe('normal');
    expect(nextKind(heads, 2, rule(2), now)).toBe('priority');
    expect(nextKind(heads, 5, rule(2), now)).toBe('priority');
  });

  test('a normal ticket that has waited the maximum goes before a priority ticket issued after it, whatever N says', () => {
    expect(nextKind({ normal: normal(41), priority: priority(40) }, 3, rule(0, 30), now)).toBe('normal');
    expect(nextKind({ normal: normal(30), priority: priority() }, 9, rule(1, 30), now)).toBe('normal');
    expect(nextKind({ normal: normal(29), priority: priority() }, 1, rule(1, 30), now)).toBe('priority');
  });

  test('issue #20.1: a priority ticket goes before a normal ticket issued after it, whatever the count or the wait', () => {
    // YA001 waiting 14 minutes, A001 issued 13 minutes later: the day's first call.
    expect(nextCall({ normal: normal(1), priority: priority(14) }, 0, rule(1), now)).toEqual({ kind: 'priority', reason: 'waited-longest' });
    expect(nextKind({ normal: normal(40), priority: priority(45) }, 0, rule(3, 30), now)).toBe('priority');
    // Issued in the same millisecond: neither passes the other, so the priority ticket goes first.
    expect(nextKind({ normal: normal(5), priority: priority(5) }, 0, rule(1), now)).toBe('priority');
  });

  test('says why, in the console\'s words', () => {
    expect(nextCall({ normal: normal() }, 0, rule(1), now)).toEqual({ kind: 'normal', reason: 'first-in-line' });
    expect(nextCall({ priority: priority() }, 0, rule(1), now)).toEqual({ kind: 'priority', reason: 'first-in-line' });
    expect(nextCall({ normal: normal(2), priority: priority() }, 0, rule(0), now)).toEqual({ kind: 'priority', reason: 'priority-first' });
    expect(nextCall({ normal: normal(2), priority: priority() }, 1, rule(1), now)).toEqual({ kind: 'priority', reason: 'priority-turn' });
    expect(nextCall({ normal: normal(2), priority: priority() }, 0, rule(1), now)).toEqual({ kind: 'normal', reason: 'normal-turn' });
    expect(nextCall({ normal: normal(31), priority: priority() }, 1, rule(1, 30), now)).toEqual({ kind: 'normal', reason: 'overdue' });
  });
});

describe('callOrder', () => {
  const queue = [normal(9), normal(8), priority(7), normal(6), priority(5), priority(4), normal(3)];
  const kinds = (order: WaitingTicket[]) => order.map((ticket) => (ticket.priority ? 'P' : 'N')).join('');

  test('follows the rule for N = 0, 1 and 2, FIFO within each kind', () => {
    expect(kinds(callOrder(queue, 0, rule(0), now))).toBe('PPPNNNN');
    expect(kinds(callOrder(queue, 0, rule(1), now))).toBe('NPNPNPN');
    // N9 N8, then P7; N6 was issued before P5; N3 after P5 and P4, so they go first.
    expect(kinds(callOrder(queue, 0, rule(2), now))).toBe('NNPNPPN');
    const order = callOrder(queue, 0, rule(1), now);
    expect(order.filter((ticket) => ticket.priority)).toEqual(queue.filter((ticket) => ticket.priority));
    expect(order.filter((ticket) => !ticket.priority)).toEqual(queue.filter((ticket) => !ticket.priority));
  });

  test('carries on from the normal calls already made since the last priority call', () => {
    expect(kinds(callOrder(queue, 2, rule(2), now))).toBe('PNNPNPN');
  });

  test('puts the overdue normal tickets first, before the priority tickets issued after them', () => {
    const late = [normal(45), normal(31), normal(2), priority(20), priority(1)];
    expect(kinds(callOrder(late, 0, rule(0, 30), now))).toBe('NNPPN');
    const passed = [normal(50), priority(40), normal(35), normal(32)];
    expect(kinds(callOrder(passed, 0, rule(0, 30), now))).toBe('NPNN');
  });

  test('is empty for an empty queue', () => {
    expect(callOrder([], 0, rule(1), now)).toEqual([]);
  });
});

describe('ticketsAhead', () => {
  test('a new ticket in an empty queue is next', () => {
    const counts = { sameKindAhead: 0, overdueNormals: 0, normalCallsSincePriority: 0, normalsIssuedBeforeEachPriority: [] };
    expect(ticketsAhead(normal(0), counts, rule(1))).toBe(0);
    expect(ticketsAhead(priority(0), { ...counts, normalsIssuedBeforeEachPriority: [0] }, rule(1))).toBe(0);
  });

  test('issue #20.1: a priority ticket issued before every normal ticket is next, whatever the count', () => {
    const counts = { sameKindAhead: 0, overdueNormals: 0, normalCallsSincePriority: 0, normalsIssuedBeforeEachPriority: [0] };
    expect(ticketsAhead(priority(14), counts, rule(1))).toBe(0);
    expect(ticketsAhead(normal(1), counts, rule(1))).toBe(1);
  });
});
