import { Hono } from 'hono';
import type { KioskDeps } from './app.ts';

/** /api/reports: today's figures for the staff console, aggregate only (issue #6). Filled in by the queue work. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by the queue work
export function reportRoutes(_deps: KioskDeps) {
  return new Hono();
}
