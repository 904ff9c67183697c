import { Hono } from 'hono';
import type { KioskDeps } from './app.ts';

/** /api/queue: tickets, calling per window, the board's state (issue #6). Filled in by the queue work. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by the queue work
export function queueRoutes(_deps: KioskDeps) {
  return new Hono();
}
