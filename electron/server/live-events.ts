import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { LiveEvent, LiveHub } from './hub.ts';

const heartbeatMs = 25_000;

const LiveQuery = z.object({ client: z.enum(['kiosk', 'staff', 'board']).default('kiosk') });

/** GET /api/events: Server-Sent Events, one `data:` JSON line per LiveEvent. */
export function liveEventRoutes(hub: LiveHub) {
  return new Hono().get('/', zValidator('query', LiveQuery), (c) => {
    const { client } = c.req.valid('query');
    return streamSSE(c, async (stream) => {
      const queue: LiveEvent[] = [{ type: 'hello', serverTime: new Date().toISOString() }];
      let wake: (() => void) | undefined;
      const unsubscribe = hub.subscribe(client, (event) => {
        queue.push(event);
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      while (!stream.aborted) {
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
        if (queue.length === 0 && !stream.aborted) await stream.write(': heartbeat\n\n');
      }
    });
  });
}
