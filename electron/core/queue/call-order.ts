import type { QueueConfig } from './queue-config.ts';

/** How priority tickets are called (queue-config.ts). */
export type PriorityRule = Pick<QueueConfig['priority'], 'normalCallsPerPriorityCall' | 'maxNormalWaitMinutes'>;

export type TicketKind = 'normal' | 'priority';

/** What the rule needs of a waiting ticket. */
export interface WaitingTicket {
  priority: boolean;
  issuedAt: string;
}

const minuteMs = 60_000;

/** A normal ticket that has waited this long is called before any priority ticket. */
export function isOverdue(ticket: WaitingTicket, rule: PriorityRule, now: Date): boolean {
  return now.getTime() - Date.parse(ticket.issuedAt) >= rule.maxNormalWaitMinutes * minuteMs;
}

/**
 * Which kind is called next (issue #6, priority rule). When only one kind waits, that kind. When both wait:
 * the oldest normal ticket first if it has waited `maxNormalWaitMinutes`; otherwise a priority ticket once
 * `normalCallsPerPriorityCall` normal calls have been made since the last priority call (0: always). The
 * count starts at 0 each morning, so the day's first call is a normal one unless the rule is 0.
 */
export function nextKind(
  heads: { normal?: WaitingTicket | undefined; priority?: WaitingTicket | undefined },
  normalCallsSincePriority: number,
  rule: PriorityRule,
  now: Date,
): TicketKind | undefined {
  if (!heads.normal) return heads.priority ? 'priority' : undefined;
  if (!heads.priority) return 'normal';
  if (isOverdue(heads.normal, rule, now)) return 'normal';
  return normalCallsSincePriority >= rule.normalCallsPerPriorityCall ? 'priority' : 'normal';
}

/** The waiting tickets in the order they will be called if nobody else arrives: nextKind, again and again. */
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
  /** Waiting tickets of the other kind, all of them. */
  otherKindWaiting: number;
  /** Waiting normal tickets that have waited `maxNormalWaitMinutes`; they are the oldest normal ones. */
  overdueNormals: number;
  normalCallsSincePriority: number;
}

/**
 * How many tickets will be called before a waiting ticket: its place in callOrder, counted rather than
 * simulated, so issuing a ticket costs one count in the database however long the queue is. Overdue normal
 * tickets go first; then, with N normal calls per priority call and c normal calls since the last priority
 * call, the calls run: max(0, N - c) normal, priority, N normal, priority, N normal… (N = 0: every
 * priority ticket first). Tested against callOrder.
 */
export function ticketsAhead(ticket: WaitingTicket, counts: QueueCounts, rule: PriorityRule, now: Date): number {
  const { sameKindAhead, otherKindWaiting, overdueNormals, normalCallsSincePriority } = counts;
  const perPriority = rule.normalCallsPerPriorityCall;
  const calledFirst = Math.max(0, perPriority - (normalCallsSincePriority + overdueNormals));
  if (ticket.priority) {
    const normalsBefore = perPriority === 0 ? overdueNormals : overdueNormals + calledFirst + sameKindAhead * perPriority;
    return sameKindAhead + Math.min(otherKindWaiting, normalsBefore);
  }
  if (isOverdue(ticket, rule, now)) return sameKindAhead;
  /** This ticket is the k-th normal call after the overdue ones. */
  const k = sameKindAhead - overdueNormals + 1;
  const prioritiesBefore = perPriority === 0 ? otherKindWaiting : k <= calledFirst ? 0 : 1 + Math.floor((k - calledFirst - 1) / perPriority);
  return sameKindAhead + Math.min(otherKindWaiting, prioritiesBefore);
}
