import type { KioskDatabase } from '../../store/open.ts';
import { nextKind } from './call-order.ts';
import type { PriorityRule } from './call-order.ts';
import { hallDay } from './hall-day.ts';
import { normalCallsSincePriority, ticketFromRow, ticketStatements } from './ticket-store.ts';
import type { Ticket, TicketStatements } from './ticket-store.ts';

export type CallNextResult =
  | { ok: true; ticket: Ticket; finished?: Ticket }
  | { ok: false; error: 'nobody-waiting'; finished?: Ticket };

export type WindowActionResult = { ok: true; ticket: Ticket } | { ok: false; error: 'no-current-ticket' };

function closeCurrent(statements: TicketStatements, day: string, windowId: string, state: 'finished' | 'skipped', now: Date): Ticket | undefined {
  const current = statements.atWindow.get(day, windowId);
  if (!current) return undefined;
  const closed = statements.close.get({ id: current.id, state, finishedAt: now.toISOString() });
  return closed && ticketFromRow(closed);
}

/**
 * Calls the next ticket to a window by the priority rule (call-order.ts), FIFO within each kind. The
 * window's current ticket is finished first, even when nobody is waiting. One transaction, so two windows
 * calling at once never get the same ticket.
 */
export function callNext(db: KioskDatabase, windowId: string, rule: PriorityRule, now: Date = new Date()): CallNextResult {
  const statements = ticketStatements(db);
  const day = hallDay(now);
  return db
    .transaction((): CallNextResult => {
      const finished = closeCurrent(statements, day, windowId, 'finished', now);
      const finishedPart = finished ? { finished } : {};
      const normal = statements.waitingHead.get(day, 0);
      const priority = statements.waitingHead.get(day, 1);
      const heads = { normal: normal && ticketFromRow(normal), priority: priority && ticketFromRow(priority) };
      const kind = nextKind(heads, normalCallsSincePriority(statements, day), rule, now);
      const chosen = kind && heads[kind];
      if (!chosen) return { ok: false, error: 'nobody-waiting', ...finishedPart };
      statements.startDay.run(day);
      const counted = statements.countCall.get({ day, priority: chosen.priority ? 1 : 0 });
      const called = statements.call.get({ id: chosen.id, calledAt: now.toISOString(), windowId, callOrder: counted?.calls ?? 1 });
      if (!called) throw new Error(`ticket ${chosen.number} vanished while being called`);
      return { ok: true, ticket: ticketFromRow(called), ...finishedPart };
    })
    .immediate();
}

/** Calls the window's current ticket again, for a resident who did not hear it. */
export function recall(db: KioskDatabase, windowId: string, now: Date = new Date()): WindowActionResult {
  const statements = ticketStatements(db);
  const current = statements.atWindow.get(hallDay(now), windowId);
  const recalled = current && statements.recall.get(current.id);
  return recalled ? { ok: true, ticket: ticketFromRow(recalled) } : { ok: false, error: 'no-current-ticket' };
}

/** The resident did not come: the ticket leaves the window unserved (they can ask at the counter). */
export function skip(db: KioskDatabase, windowId: string, now: Date = new Date()): WindowActionResult {
  const skipped = closeCurrent(ticketStatements(db), hallDay(now), windowId, 'skipped', now);
  return skipped ? { ok: true, ticket: skipped } : { ok: false, error: 'no-current-ticket' };
}

/** The window has served its current ticket. */
export function finish(db: KioskDatabase, windowId: string, now: Date = new Date()): WindowActionResult {
  const finished = closeCurrent(ticketStatements(db), hallDay(now), windowId, 'finished', now);
  return finished ? { ok: true, ticket: finished } : { ok: false, error: 'no-current-ticket' };
}
