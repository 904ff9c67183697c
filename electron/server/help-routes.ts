import { Hono } from 'hono';
import { z } from 'zod';
import { TypedText } from '../core/applications/typed-text.ts';
import { acknowledgeHelpCall, clearHelpCall, helpAvailability, helpCallState, openHelpCalls, recordHelpCall } from '../core/assistance/index.ts';
import type { HelpCallChange } from '../core/assistance/index.ts';
import { audited } from '../core/audit/audit-log.ts';
import { events } from '../events.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import type { LiveClientKind } from './hub.ts';
import { limitRequests } from './request-limits.ts';
import { requireStaff } from './staff-guard.ts';
import { validated } from './validated.ts';

const HelpRequest = z.strictObject({
  /** Where the resident was stuck: 'home', 'service:high-age-allowance', 'form:high-age-allowance:date-of-birth'. */
  screen: TypedText.min(1).max(120),
  serviceId: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .max(80)
    .optional(),
});

/** The kiosk follows its own call; staff consoles show the list. The board never hears of help calls. */
const helpAudience: readonly LiveClientKind[] = ['kiosk', 'staff'];

const unknownHelpCall = { ok: false, error: 'unknown-help-call' } as const;

/** A call id from the path; anything but a positive whole number names no call. */
function callId(raw: string): number | undefined {
  return /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : undefined;
}

/**
 * /api/help (product.md 5): a resident's call for staff, from any screen. When no staff console is online
 * or the hall is closed the kiosk is told at once, with the duty phone. Acknowledging and clearing are
 * audited with the staff member's id and the call's id only.
 */
export function helpRoutes(deps: Pick<KioskDeps, 'db' | 'audit' | 'config' | 'hub' | 'staffSessions' | 'limits' | 'log'>) {
  const config = () => deps.config.current().config;
  const audit = audited(deps.audit, deps.log);
  const staffOnly = requireStaff(deps);
  /**
   * Moves a call on and audits the change in one transaction; a call already moved (a second console, a
   * double tap) is neither changed nor audited again.
   */
  const moveCall = (id: number, actor: string, to: 'acknowledged' | 'cleared'): HelpCallChange => {
    const [move, event] = to === 'acknowledged' ? [acknowledgeHelpCall, events.helpAcknowledged] : [clearHelpCall, events.helpCleared];
    const change = deps.db
      .transaction(() => {
        const moved = move(deps.db, id);
        if (moved.ok && moved.changed) audit(event, { id }, actor);
        return moved;
      })
      .immediate();
    if (change.ok && change.changed) deps.hub.publish({ type: 'help', id, state: to }, helpAudience);
    return change;
  };

  return new Hono()
    .post(
      '/',
      validated('json', HelpRequest),
      // Issue #16.4: a flood of calls would bury the real one in the console's list.
      limitRequests(deps, 'helpCalls'),
      (c) => {
        const { hall } = config();
        const now = new Date();
        const availability = helpAvailability(deps.hub.connected('staff'), hall.openingHours, now);
        const call = recordHelpCall(deps.db, c.req.valid('json'), availability, now);
        deps.log(events.helpCalled, { id: call.id, availability });
        if (availability !== 'available') return c.json({ ok: true, state: availability, dutyPhone: hall.dutyPhone } as const, 200);
        deps.hub.publish({ type: 'help', id: call.id, state: 'waiting' }, helpAudience);
        return c.json({ ok: true, state: 'waiting', id: call.id } as const, 201);
      },
    )
    .get('/', staffOnly, (c) => c.json({ calls: openHelpCalls(deps.db) }))
    .get('/:id', (c) => {
      const id = callId(c.req.param('id'));
      const call = id === undefined ? undefined : helpCallState(deps.db, id);
      return call ? c.json(call) : c.json(unknownHelpCall, 404);
    })
    .post('/:id/acknowledge', staffOnly, (c) => {
      const id = callId(c.req.param('id'));
      const change = id === undefined ? undefined : moveCall(id, c.var.staffSession.staff.id, 'acknowledged');
      return change?.ok ? c.json({ ok: true } as const) : c.json(unknownHelpCall, 404);
    })
    .post('/:id/clear', staffOnly, (c) => {
      const id = callId(c.req.param('id'));
      const change = id === undefined ? undefined : moveCall(id, c.var.staffSession.staff.id, 'cleared');
      return change?.ok ? c.json({ ok: true } as const) : c.json(unknownHelpCall, 404);
    });
}
