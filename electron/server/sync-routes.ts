import { Hono } from 'hono';
import { audited } from '../core/audit/audit-log.ts';
import { validateReference } from '../core/applications/reference.ts';
import type { SyncWorker } from '../core/sync/index.ts';
import { events } from '../events.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import { requireStaff } from './staff-guard.ts';

export type SyncRouteDeps = Pick<KioskDeps, 'db' | 'audit' | 'config' | 'staffSessions' | 'log'> & { sync: SyncWorker };

/**
 * /api/sync (issue #8): whether the county can be reached, for the kiosk's confirmation; and, for staff,
 * what is waiting, what the county refused and why, and a retry (product.md, staff: "see which requests
 * reached the county and retry those that did not").
 */
export function syncRoutes(deps: SyncRouteDeps) {
  return new Hono()
    .get('/online', (c) => c.json(deps.sync.online()))
    .get('/', requireStaff(deps), (c) => c.json(deps.sync.syncState()))
    .post('/:reference/retry', requireStaff(deps), (c) => {
      const reference = validateReference(c.req.param('reference'));
      if (!reference.ok) return c.json({ ok: false, error: 'invalid-reference' } as const, 400);
      const result = deps.sync.retry(reference.reference);
      if (!result.ok) return c.json(result, result.error === 'unknown-request' ? 404 : 409);
      audited(deps.audit, deps.log)(events.syncRetried, { reference: reference.reference }, c.var.staffSession.staff.id);
      return c.json({ ok: true } as const);
    });
}
