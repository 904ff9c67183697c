import type { QueueConfig } from './queue-config.ts';

/** How priority tickets are called (queue-config.ts). */
export type PriorityRule = Pick<QueueConfig['priority'], 'normalCallsPerPriorityCall' | 'maxNormalWaitMinutes'>;

export type TicketKind = 'normal' | 'priority';

/** What the rule needs of a waiting ticket. */
export interface WaitingTicket {
  priority: boolean;
  issuedAt: string;
}

/**
 * Why a ticket is called next, in the words the console shows (staff.queue.order.reason.*):
 * - first-in-line: only its kind waits, and it was issued first of them;
 * - waited-longest: a priority ticket issued before every waiting normal ticket;
 * - priority-first: the hall calls priority tickets first (N = 0);
 * - priority-turn: N normal calls have been made since the last priority call;
 * - overdue: a normal ticket that has waited maxNormalWaitMinutes, issued before the priority ticket it passes;
 * - normal-turn: a normal ticket issued before the priority ticket it passes, fewer than N normal calls since.
 */
export type CallReason = 'first-in-line' | 'waited-longest' | 'priority-first' | 'priority-turn' | 'overdue' | 'normal-turn';

export interface NextCall {
  kind: TicketKind;
  reason: CallReason;
}

const minuteMs = 60_000;

/** A normal ticket that has waited this long is called before any priority ticket issued after it. */
export function isOverdue(ticket: WaitingTicket, rule: PriorityRule, now: Date): boolean {
  return now.getTime() - Date.parse(ticket.issuedAt) >= rule.maxNormalWaitMinutes * minuteMs;
}

/** Issued strictly before: of two tickets issued in the same millisecond, the priority one goes first. */
function issuedBefore(ticket: WaitingTicket, other: WaitingTicket): boolean {
  return Date.parse(ticket.issuedAt) < Date.parse(other.issuedAt);
}

/**
 * Which kind is called next, and why (issue #6, priority rule; issue #20.1). When only one kind waits,
 * that kind. When both wait, a priority ticket is never passed by a normal ticket issued after it: the
 * oldest priority ticket goes first unless the oldest normal ticket was issued before it. Only then may
 * the normal ticket go first: when it has waited `maxNormalWaitMinutes`, or while fewer than
 * `normalCallsPerPriorityCall` normal calls have been made since the last priority call (0: never).
 */
export function nextCall(
  heads: { normal?: WaitingTicket | undefined; priority?: WaitingTicket | undefined },
  normalCallsSincePriority: number,
  rule: PriorityRule,
  now: Date,
): NextCall | undefined {
  if (!heads.normal) return heads.priority ? { kind: 'priority', reason: 'first-in-line' } : undefined;
  if (!heads.priority) return { kind: 'normal', reason: 'first-in-line' };
  if (!issuedBefore(heads.normal, heads.priority)) return { kind: 'priority', reason: 'waited-longest' };
  if (isOverdue(heads.normal, rule, now)) return { kind: 'normal', reason: 'overdue' };
  if (rule.normalCallsPerPriorityCall === 0) return { kind: 'priority', reason: 'priority-first' };
  return normalCallsSincePriority >= rule.normalCallsPerPriorityCall ? { kind: 'priority', reason: 'priority-turn' } : { kind: 'normal', reason: 'normal-turn' };
}

/** Which kind is called next: nextCall without the reason. */
export function nextKind(...args: Parameters<typeof nextCall>): TicketKind | undefined {
  return nextCall(...args)?.kind;
}

/** The waiting tickets, oldest first, in the order they will be called if nobody else arrives: nextCall, again and again. */
export function callOrder<Ticket extends WaitingTicket>(
  waiting: readonly Ticket[],
  normalCallsSincePriority: number,
  rule: PriorityRule,
  now: Date,
): Ticket[] {
  const normal = waiting.filter((ticket) => !ticket.priority);
  const priority = waiting.filter((ticket) => ticket.priority);
  const order: Ticket[] = [];
  let sincePriority = normalCallsSincePriority;
  for (;;) {
    const kind = nextKind({ normal: normal[0], priority: priority[0] }, sincePriority, rule, now);
    if (kind === undefined) return order;
    const called = kind === 'normal' ? normal.shift() : priority.shift();
    if (called) order.push(called);
    sincePriority = kind === 'normal' ? sincePriority + 1 : 0;
  }
}

/** What ticketsAhead needs to know, counted in the database. */
export interface QueueCounts {
  /** Waiting tickets of the ticket's own kind issued before it. */
  sameKindAhead: number;
  /** Waiting normal tickets that have waited `maxNormalWaitMinutes`; they are the oldest normal ones. */
  overdueNormals: number;
  normalCallsSincePriority: number;
  /** For each waiting priority ticket, oldest first: how many waiting normal tickets were issued before it. */
  normalsIssuedBeforeEachPriority: readonly number[];
}

/**
 * How many normal tickets are called before each waiting priority ticket, oldest first. With N normal
 * calls per priority call, c normal calls since the last priority call, o overdue normals and A(k) normals
 * issued before the k-th priority ticket, the k-th is called after
 *   g(k) = min(A(k), max(o, g(k-1) + N)),  g(0) = -c:
 * never after a normal issued later (A), the overdue ones before it go first (o), and otherwise N normal
 * calls since the one before it (N = 0: none).
 */
function normalsCalledBeforeEachPriority(counts: QueueCounts, rule: PriorityRule): number[] {
  const perPriority = rule.normalCallsPerPriorityCall;
  const before: number[] = [];
  let previous = -counts.normalCallsSincePriority;
  for (const issuedBefore of counts.normalsIssuedBeforeEachPriority) {
    // Never fewer than for the priority ticket before it: normals are called oldest first.
    const normals = Math.max(Math.max(0, previous), Math.min(issuedBefore, Math.max(counts.overdueNormals, previous + perPriority)));
    before.push(normals);
    previous = normals;
  }
  return before;
}

/**
 * How many tickets will be called before a waiting ticket: its place in callOrder, counted rather than
 * simulated (normalsCalledBeforeEachPriority), so issuing a ticket reads the waiting priority tickets'
 * counts rather than the whole queue's order. Tested against callOrder, for any arrivals and rule.
 */
export function ticketsAhead(ticket: WaitingTicket, counts: QueueCounts, rule: PriorityRule): number {
  const before = normalsCalledBeforeEachPriority(counts, rule);
  if (ticket.priority) return counts.sameKindAhead + (before[counts.sameKindAhead] ?? 0);
  // The (sameKindAhead + 1)-th normal call comes after every priority ticket called after fewer normals.
  return counts.sameKindAhead + before.filter((normals) => normals <= counts.sameKindAhead).length;
}
