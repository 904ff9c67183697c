import { Hono } from 'hono';
import { z } from 'zod';
import { audited } from '../core/audit/audit-log.ts';
import { LocaleId } from '../core/catalog/seed.ts';
import { boardView, callNext, calledStaffTicket, finish, issueTicket, recall, skip, ticketReceipt, windowsView } from '../core/queue/index.ts';
import type { HallWindow, Ticket } from '../core/queue/index.ts';
import { events } from '../events.ts';
import type { KioskEvent } from '../events.ts';
import { createKioskI18n } from '../../renderer/i18n/create.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import { limitRequests } from './request-limits.ts';
import { requireStaff } from './staff-guard.ts';
import { validated } from './validated.ts';

const TicketRequest = z.strictObject({
  businessType: z.string().regex(/^[A-Z]$/),
  priority: z.boolean(),
  /** The resident's language, for the paper ticket. */
  locale: LocaleId,
});

/**
 * /api/queue (issue #6): residents take tickets; the board shows calls; staff call, recall, skip and finish
 * per window. Every staff action and its audit row are written in one transaction, so none goes unaudited;
 * the audit keeps ticket numbers only.
 */
export function queueRoutes(deps: Pick<KioskDeps, 'db' | 'audit' | 'config' | 'hub' | 'printer' | 'staffSessions' | 'limits' | 'log'>) {
  const config = () => deps.config.current().config;
  const i18n = createKioskI18n();
  const audit = audited(deps.audit, deps.log);
  const staffOnly = requireStaff(deps);
  const hallWindow = (id: string): HallWindow | undefined => config().hall.windows.find((window) => window.id === id);
  const announceCall = (ticket: Ticket, window: HallWindow, calledAt: string, isRecall: boolean) =>
    deps.hub.publish({ type: 'call', number: ticket.number, windowId: window.id, windowName: window.name, calledAt, recall: isRecall });
  /** A staff action and its audit row together: none goes unaudited, and no audit row tells of what did not happen. */
  const withAudit = <Result>(work: () => Result): Result => deps.db.transaction(work).immediate();
  const unknownWindow = { ok: false, error: 'unknown-window' } as const;
  const noCurrentTicket = { ok: false, error: 'no-current-ticket' } as const;

  /** Skip or finish: the window's current ticket leaves the queue, audited in the same transaction. */
  const endCurrentTicket = (windowId: string, actor: string, end: typeof skip, event: KioskEvent): 'ended' | 'unknown-window' | 'no-current-ticket' => {
    const window = hallWindow(windowId);
    if (!window) return 'unknown-window';
    const result = withAudit(() => {
      const ended = end(deps.db, window.id);
      if (ended.ok) audit(event, { number: ended.ticket.number, windowId: window.id }, actor);
      return ended;
    });
    if (!result.ok) return 'no-current-ticket';
    deps.hub.publish({ type: 'queue' });
    return 'ended';
  };

  return new Hono()
    .post(
      '/tickets',
      validated('json', TicketRequest),
      // Issue #16.4: each ticket prints a receipt; a flood would empty the roll.
      limitRequests(deps, 'tickets'),
      async (c) => {
        const { businessType, priority, locale } = c.req.valid('json');
        const { hall, queue } = config();
        const type = queue.businessTypes.find((each) => each.letter === businessType);
        const issued = type && issueTicket(deps.db, { businessType, priority }, { queue, windows: hall.windows.length });
        if (!type || !issued?.ok) return c.json({ ok: false, error: 'unknown-business-type' } as const, 404);
        const { ticket, waitingAhead, estimatedWaitMinutes } = issued;
        deps.log(events.ticketIssued, { number: ticket.number });
        deps.hub.publish({ type: 'queue' });

        // The ticket is saved; the paper is a courtesy, and a printer's trouble never loses the ticket.
        const receipt = ticketReceipt({
          ticket,
          businessType: type,
          waitingAhead,
          estimatedWaitMinutes,
          locale,
          hallName: hall.name[locale],
          dutyPhone: hall.dutyPhone,
          t: i18n.t.bind(i18n),
        });
        const printed = await deps.printer.print(receipt);
        if (!printed.ok) deps.log(events.printerError, { ticket: ticket.number, error: printed.error, detail: printed.detail });
        return c.json(
          {
            ok: true,
            ticket: { number: ticket.number, businessType: ticket.businessType, priority: ticket.priority, issuedAt: ticket.issuedAt },
            waitingAhead,
            estimatedWaitMinutes,
            printed: printed.ok,
          } as const,
          201,
        );
      },
    )
    .get('/board', (c) => {
      const { hall, queue } = config();
      return c.json(boardView(deps.db, hall.windows, queue.businessTypes), 200);
    })
    .get('/windows', staffOnly, (c) => c.json(windowsView(deps.db, config().hall.windows, config().queue.priority)))
    .post('/windows/:windowId/call-next', staffOnly, (c) => {
      const window = hallWindow(c.req.param('windowId'));
      if (!window) return c.json(unknownWindow, 404);
      const actor = c.var.staffSession.staff.id;
      const result = withAudit(() => {
        const called = callNext(deps.db, window.id, config().queue.priority);
        if (called.finished) audit(events.queueFinish, { number: called.finished.number, windowId: window.id }, actor);
        if (called.ok) audit(events.queueCall, { number: called.ticket.number, windowId: window.id }, actor);
        return called;
      });
      if (result.ok || result.finished) deps.hub.publish({ type: 'queue' });
      if (!result.ok) return c.json({ ok: false, error: 'nobody-waiting' } as const, 409);
      const ticket = calledStaffTicket(result.ticket);
      announceCall(result.ticket, window, ticket.calledAt, false);
      return c.json({ ok: true, ticket } as const);
    })
    .post('/windows/:windowId/recall', staffOnly, (c) => {
      const window = hallWindow(c.req.param('windowId'));
      if (!window) return c.json(unknownWindow, 404);
      const actor = c.var.staffSession.staff.id;
      const result = withAudit(() => {
        const recalled = recall(deps.db, window.id);
        if (recalled.ok) audit(events.queueRecall, { number: recalled.ticket.number, windowId: window.id, recalls: recalled.ticket.recallCount }, actor);
        return recalled;
      });
      if (!result.ok) return c.json(noCurrentTicket, 409);
      deps.hub.publish({ type: 'queue' });
      announceCall(result.ticket, window, new Date().toISOString(), true);
      return c.json({ ok: true, ticket: calledStaffTicket(result.ticket) } as const);
    })
    .post('/windows/:windowId/skip', staffOnly, (c) => {
      const ended = endCurrentTicket(c.req.param('windowId'), c.var.staffSession.staff.id, skip, events.queueSkip);
      if (ended !== 'ended') return ended === 'unknown-window' ? c.json(unknownWindow, 404) : c.json(noCurrentTicket, 409);
      return c.json({ ok: true } as const);
    })
    .post('/windows/:windowId/finish', staffOnly, (c) => {
      const ended = endCurrentTicket(c.req.param('windowId'), c.var.staffSession.staff.id, finish, events.queueFinish);
      if (ended !== 'ended') return ended === 'unknown-window' ? c.json(unknownWindow, 404) : c.json(noCurrentTicket, 409);
      return c.json({ ok: true } as const);
    });
}
