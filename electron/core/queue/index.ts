/**
 * The queue (product.md 2, issue #6): tickets numbered per business type and day, priority tickets called
 * by the hall's rule, windows calling, recalling, skipping and finishing, the wait estimate, the paper
 * ticket, and what the staff console and the hall board show. No personal data is ever part of a ticket.
 */
export type { CallReason, NextCall, PriorityRule, QueueCounts, TicketKind, WaitingTicket } from './call-order.ts';
export { callOrder, isOverdue, nextCall, nextKind, ticketsAhead } from './call-order.ts';
export type { CallNextResult, WindowActionResult } from './calling.ts';
export { callNext, finish, recall, skip } from './calling.ts';
export { hallClockTime, hallDay, hallDayBounds } from './hall-day.ts';
export type { IssueRequest, IssueResult, IssueSettings } from './issue-ticket.ts';
export { issueTicket, recentServiceMinutes, waitingAhead } from './issue-ticket.ts';
export { BusinessType, QueueConfig } from './queue-config.ts';
export type { CalledStaffTicket, HallWindow, NextStaffTicket, StaffTicket } from './queue-views.ts';
export { boardRecentCalls, boardView, calledStaffTicket, staffTicket, windowsView } from './queue-views.ts';
export type { TicketReceiptContext } from './ticket-receipt.ts';
export { ticketReceipt } from './ticket-receipt.ts';
export type { Ticket, TicketState } from './ticket-store.ts';
export { formatTicketNumber, ticketSeries } from './ticket-number.ts';
export type { WaitEstimateInput } from './wait-estimate.ts';
export { estimateWaitMinutes, recentServicesCounted } from './wait-estimate.ts';
