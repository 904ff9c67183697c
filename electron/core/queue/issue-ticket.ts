import type { KioskDatabase } from '../../store/open.ts';
import { isOverdue, ticketsAhead } from './call-order.ts';
import type { PriorityRule } from './call-order.ts';
import { hallDay } from './hall-day.ts';
import type { QueueConfig } from './queue-config.ts';
import { normalCallsSincePriority, ticketFromRow, ticketStatements } from './ticket-store.ts';
import type { Ticket } from './ticket-store.ts';
import { ticketSeries } from './ticket-number.ts';
import { estimateWaitMinutes, recentServicesCounted } from './wait-estimate.ts';

export interface IssueRequest {
  /** A business type's letter from queue.businessTypes. */
  businessType: string;
  priority: boolean;
}

export type IssueResult =
  | { ok: true; ticket: Ticket; waitingAhead: number; estimatedWaitMinutes: number }
  | { ok: false; error: 'unknown-business-type' };

/** What issuing needs of the hall's config, read per request (the config can change during the day). */
export interface IssueSettings {
  queue: QueueConfig;
  /** How many windows the hall has (hall.windows). */
  windows: number;
}

/** How many tickets will be called before a waiting ticket, by the priority rule (call-order.ts). */
export function waitingAhead(db: KioskDatabase, ticket: Ticket, rule: PriorityRule, now: Date = new Date()): number {
  const statements = ticketStatements(db);
  const day = hallDay(now);
  const kind = ticket.priority ? 1 : 0;
  let overdueNormals = 0;
  for (const issuedAt of statements.waitingNormalsIssuedAt.iterate(day)) {
    if (!isOverdue({ priority: false, issuedAt }, rule, now)) break;
    overdueNormals += 1;
  }
  return ticketsAhead(
    ticket,
    {
      sameKindAhead: statements.waitingOfKindBefore.get(day, kind, ticket.id) ?? 0,
      overdueNormals,
      normalCallsSincePriority: normalCallsSincePriority(statements, day),
      normalsIssuedBeforeEachPriority: statements.normalsIssuedBeforeEachPriority.all(day),
    },
    rule,
  );
}

/** Minutes from call to finish of the day's latest services, newest first. */
export function recentServiceMinutes(db: KioskDatabase, now: Date = new Date()): number[] {
  return ticketStatements(db)
    .recentServices.all(hallDay(now), recentServicesCounted)
    .map((row) => (Date.parse(row.finished_at) - Date.parse(row.called_at)) / 60_000);
}

/**
 * Gives a resident the next number of the day in their business type's series, in one transaction: the
 * day's counter is incremented and the ticket written together, so a number is never given twice, even
 * after a restart. Returns where the ticket stands and how long it may wait.
 */
export function issueTicket(db: KioskDatabase, request: IssueRequest, settings: IssueSettings, now: Date = new Date()): IssueResult {
  const { queue } = settings;
  if (!queue.businessTypes.some((type) => type.letter === request.businessType)) return { ok: false, error: 'unknown-business-type' };
  const statements = ticketStatements(db);
  const day = hallDay(now);
  const series = ticketSeries(request.businessType, request.priority, queue.priority.mark);
  return db
    .transaction((): IssueResult => {
      const counter = statements.nextNumber.get(day, series);
      const row = statements.insert.get(day, series, counter?.last_number ?? 1, request.businessType, request.priority ? 1 : 0, now.toISOString());
      if (!row) throw new Error('the new ticket was not written');
      const ticket = ticketFromRow(row);
      const ahead = waitingAhead(db, ticket, queue.priority, now);
      const estimatedWaitMinutes = estimateWaitMinutes({
        ticketsAhead: ahead,
        windows: settings.windows,
        recentServiceMinutes: recentServiceMinutes(db, now),
        defaultServiceMinutes: queue.defaultServiceMinutes,
      });
      return { ok: true, ticket, waitingAhead: ahead, estimatedWaitMinutes };
    })
    .immediate();
}
