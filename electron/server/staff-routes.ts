import { Hono } from 'hono';
import { openStaffNotices } from '../core/staff/notices.ts';
import type { KioskDeps } from './app.ts';

/** /api/staff: sign-in, pairing, the status page and the admin's changes (issue #6). */
export function staffRoutes(deps: KioskDeps) {
  return new Hono().get('/status', (c) =>
    c.json({
      config: {
        source: deps.loadedConfig.source,
        requestedPath: deps.loadedConfig.requestedPath,
        problems: deps.loadedConfig.problems,
      },
      seedProblems: deps.seedProblems,
      notices: openStaffNotices(deps.db),
      staffConsolesOnline: deps.hub.connected('staff'),
    }),
  );
}
