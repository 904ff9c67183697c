import { Hono } from 'hono';
import { todayFigures } from '../core/reports/index.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import { requireStaff } from './staff-guard.ts';

/** /api/reports: today's figures for the staff console, aggregate only (product.md 6). */
export function reportRoutes(deps: Pick<KioskDeps, 'db' | 'config' | 'staffSessions'>) {
  return new Hono().get('/today', requireStaff(deps), (c) => c.json(todayFigures(deps.db, deps.config.current().config.queue.businessTypes)));
}
