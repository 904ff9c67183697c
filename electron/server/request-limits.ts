import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { addStaffNotice } from '../core/staff/notices.ts';
import { events } from '../events.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import type { LimitedThing } from './limit-buckets.ts';
import { findStaffSession, requestDevice } from './staff-guard.ts';

type LimitDeps = Pick<KioskDeps, 'db' | 'log' | 'limits' | 'staffSessions' | 'config' | 'hub'>;

/**
 * Who is asking: the kiosk itself (its local requests), or one paired device by its id (staff-guard.ts's
 * requestDevice). Unpaired devices never get this far (app.ts's requirePairedDevice).
 */
function clientOf(c: Context, deps: LimitDeps): { key: string; from: 'kiosk' | 'paired-device' } {
  const device = requestDevice(c, deps) ?? 'unpaired';
  return { key: device, from: device === 'kiosk' ? 'kiosk' : 'paired-device' };
}

export type RateRefusal = { ok: false; error: 'too-many-requests'; retryAfterSeconds: number };

/**
 * Takes `cost` from the client's bucket for `thing`. Refused, it answers 429 with Retry-After, and the
 * first refusal of an episode tells staff (a notice in the console, and the log), never one per request.
 */
export function takeRequestAllowance(c: Context, deps: LimitDeps, thing: LimitedThing, cost = 1): Response | undefined {
  const client = clientOf(c, deps);
  const taken = deps.limits[thing].take(client.key, cost);
  if (taken.ok) return undefined;
  if (taken.newEpisode) {
    deps.log(events.rateLimited, { limit: thing, from: client.from });
    addStaffNotice(deps.db, 'rate-limited', { limit: thing, from: client.from });
    // The kiosk tells the resident staff know: an open console shows it at once, not at its next reload.
    deps.hub.publish({ type: 'notices' }, ['staff']);
  }
  c.header('Retry-After', String(taken.retryAfterSeconds));
  return c.json({ ok: false, error: 'too-many-requests', retryAfterSeconds: taken.retryAfterSeconds } satisfies RateRefusal, 429);
}

/**
 * One request of `thing` per call. Tickets and help calls taken by a signed-in staff member are not
 * limited: staff at the counter may take numbers for a row of walk-ins faster than any resident, and a
 * staff session belongs to a known person and ends with its timeout.
 */
export function limitRequests(deps: LimitDeps, thing: 'tickets' | 'helpCalls') {
  return createMiddleware(async (c, next) => {
    if (!findStaffSession(c, deps).ok) {
      const refused = takeRequestAllowance(c, deps, thing);
      if (refused) return refused;
    }
    await next();
  });
}
