import type { Localised } from '../../config/localised.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { callOrder, nextCall } from './call-order.ts';
import type { CallReason, PriorityRule } from './call-order.ts';
import { hallDay } from './hall-day.ts';
import type { BusinessType } from './queue-config.ts';
import { normalCallsSincePriority, ticketFromRow, ticketStatements } from './ticket-store.ts';
import type { Ticket } from './ticket-store.ts';

export interface HallWindow {
  id: string;
  name: Localised;
}

/** What staff see of a ticket: the number and its kind, never anything about the resident. */
export interface StaffTicket {
  number: string;
  businessType: string;
  priority: boolean;
  issuedAt: string;
}

export interface CalledStaffTicket extends StaffTicket {
  calledAt: string;
}

export function staffTicket(ticket: Ticket): StaffTicket {
  return { number: ticket.number, businessType: ticket.businessType, priority: ticket.priority, issuedAt: ticket.issuedAt };
}

/** The ticket 叫下一位 will call, and why (issue #20.1): staff see it before they press. */
export interface NextStaffTicket extends StaffTicket {
  reason: CallReason;
}

export function calledStaffTicket(ticket: Ticket): CalledStaffTicket {
  return { ...staffTicket(ticket), calledAt: ticket.calledAt ?? ticket.issuedAt };
}

function currentByWindow(db: KioskDatabase, day: string): Map<string, Ticket> {
  return new Map(
    ticketStatements(db)
      .calledToday.all(day)
      .map((row) => [row.window_id ?? '', ticketFromRow(row)]),
  );
}

/**
 * The staff console's queue: each window's current ticket, everyone waiting in the order they will be
 * called, the next of them with the reason, and the hall's rule, which the console states in words.
 */
export function windowsView(db: KioskDatabase, windows: readonly HallWindow[], rule: PriorityRule, now: Date = new Date()) {
  const statements = ticketStatements(db);
  const day = hallDay(now);
  const current = currentByWindow(db, day);
  const waiting = statements.waiting.all(day).map(ticketFromRow);
  const since = normalCallsSincePriority(statements, day);
  const order = callOrder(waiting, since, rule, now);
  const decided = nextCall({ normal: waiting.find((ticket) => !ticket.priority), priority: waiting.find((ticket) => ticket.priority) }, since, rule, now);
  const first = order[0];
  const next: NextStaffTicket | null = first && decided ? { ...staffTicket(first), reason: decided.reason } : null;
  return {
    windows: windows.map((window) => {
      const ticket = current.get(window.id);
      return { id: window.id, name: window.name, current: ticket ? calledStaffTicket(ticket) : null };
    }),
    waiting: order.map(staffTicket),
    next,
    rule: { normalCallsPerPriorityCall: rule.normalCallsPerPriorityCall, maxNormalWaitMinutes: rule.maxNormalWaitMinutes },
  };
}

/** How many calls the hall board lists under the current ones. */
export const boardRecentCalls = 5;

/**
 * The hall board: numbers only, for a screen everyone in the hall can see. A window that is no longer in
 * the config keeps its id as its name.
 */
export function boardView(db: KioskDatabase, windows: readonly HallWindow[], businessTypes: readonly BusinessType[], now: Date = new Date()) {
  const statements = ticketStatements(db);
  const day = hallDay(now);
  const current = currentByWindow(db, day);
  const windowName = (id: string): Localised => windows.find((window) => window.id === id)?.name ?? { 'zh-CN': id, en: id };
  const waitingCounts = new Map(statements.waitingByType.all(day).map((row) => [row.business_type, row.count]));
  return {
    windows: windows.map((window) => {
      const ticket = current.get(window.id);
      return { id: window.id, name: window.name, current: ticket ? { number: ticket.number, calledAt: ticket.calledAt ?? ticket.issuedAt } : null };
    }),
    recent: statements.recentCalls.all(day, boardRecentCalls).map((row) => ({
      number: ticketFromRow(row).number,
      windowId: row.window_id ?? '',
      windowName: windowName(row.window_id ?? ''),
      calledAt: row.called_at ?? row.issued_at,
    })),
    waiting: businessTypes.map((type) => ({ letter: type.letter, name: type.name, count: waitingCounts.get(type.letter) ?? 0 })),
  };
}
