import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { KioskDeps } from './kiosk-deps.ts';
import type { LiveEvent } from './hub.ts';
import { findStaffSession, refuseStaff, requestDevice, requirePairedDevice } from './staff-guard.ts';
import { validated } from './validated.ts';

const heartbeatMs = 25_000;

const LiveQuery = z.object({ client: z.enum(['kiosk', 'staff', 'board']).default('kiosk') });

/**
 * GET /api/events: Server-Sent Events, one `data:` JSON line per LiveEvent. Another device (LAN mode)
 * must be paired. `client=staff` needs a staff session and is refused without one (401), never quietly
 * served as a kiosk page: only a signed-in console counts as staff who can answer a help call, and the
 * stream ends when that session does.
 */
export function liveEventRoutes(deps: Pick<KioskDeps, 'hub' | 'staffSessions' | 'db' | 'config'>) {
  const query = validated('query', LiveQuery);
  return new Hono().get('/', query, requirePairedDevice(deps), (c) => {
    const { client } = c.req.valid('query');
    let staffToken: string | undefined;
    if (client === 'staff') {
      const check = findStaffSession(c, deps);
      if (!check.ok) return refuseStaff(c, check.error);
      staffToken = check.session.token;
    }
    return streamSSE(c, async (stream) => {
      const queue: LiveEvent[] = [{ type: 'hello', serverTime: new Date().toISOString() }];
      let wake: (() => void) | undefined;
      let sessionEnded = false;
      const unsubscribe = deps.hub.subscribe(client, (event) => {
        queue.push(event);
        wake?.();
      });
      const stopWatching = deps.staffSessions.onEnd((session) => {
        if (session.token !== staffToken) return;
        sessionEnded = true;
        unsubscribe();
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      try {
        while (!stream.aborted && !sessionEnded) {
          const event = queue.shift();
          if (event) {
            await stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
            continue;
          }
          // Wait for the next event, or send a comment so proxies keep the connection open.
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, heartbeatMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = undefined;
          // An open console is a console in use: it keeps its session from going idle.
          if (staffToken !== undefined && !deps.staffSessions.lookup(staffToken)) sessionEnded = true;
          // Issue #16.8: a device revoked or expired while its stream is open stops hearing the hall.
          if (requestDevice(c, deps) === undefined) sessionEnded = true;
          if (queue.length === 0 && !stream.aborted && !sessionEnded) await stream.write(': heartbeat\n\n');
        }
      } finally {
        unsubscribe();
        stopWatching();
      }
    });
  });
}
