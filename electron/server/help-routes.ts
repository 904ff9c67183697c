import { Hono } from 'hono';
import type { KioskDeps } from './app.ts';

/** /api/help: residents' calls for staff (issue #6). Filled in by the queue work. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by the queue work
export function helpRoutes(_deps: KioskDeps) {
  return new Hono();
}
