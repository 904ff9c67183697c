import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { except } from 'hono/combine';
import { countyAppealsKey } from '../core/appeals/index.ts';
import { listCatalog } from '../core/catalog/catalog.ts';
import { schemaVersion } from '../store/migrate.ts';
import { events } from '../events.ts';
import { applicationRoutes } from './application-routes.ts';
import { appointmentRoutes } from './appointment-routes.ts';
import { audioRoutes } from './audio-routes.ts';
import { limitRequestBodies } from './body-limits.ts';
import { requireJsonBodies } from './json-bodies.ts';
import { contentSecurity } from './content-security.ts';
import { refuseForeignHostsAndOrigins } from './foreign-requests.ts';
import { liveEventRoutes } from './live-events.ts';
import { enquiryRoutes } from './enquiry-routes.ts';
import { helpRoutes } from './help-routes.ts';
import { queueRoutes } from './queue-routes.ts';
import { rendererFileRoutes } from './renderer-files.ts';
import { reportRoutes } from './report-routes.ts';
import { staffRoutes } from './staff-routes.ts';
import { syncRoutes } from './sync-routes.ts';
import { worklistRoutes } from './worklist-routes.ts';
import { requirePairedDevice } from './staff-guard.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import type { StaffRefusal } from './staff-guard.ts';
import type { BodyLimitRefusal } from './body-limits.ts';
import type { JsonBodyRefusal } from './json-bodies.ts';
import type { ForeignRequestRefusal } from './foreign-requests.ts';

function apiRoutes(deps: KioskDeps) {
  const config = () => deps.config.current().config;
  return new Hono()
    .get('/kiosk', (c) => {
      const { hall, languages, timing, switches, banks, queue } = config();
      return c.json({
        hall: { name: hall.name, dutyPhone: hall.dutyPhone, windows: hall.windows },
        languages,
        timing,
        switches,
        banks,
        queue: { businessTypes: queue.businessTypes, priorityGroups: queue.priority.groups, priorityMark: queue.priority.mark },
      });
    })
    .get('/catalog', (c) =>
      c.json({
        services: listCatalog(deps.db, config().services.enabled),
        countyFigures: config().countyFigures,
        // Without the county's key a sealed service takes no text and points to the hotline (issue #7).
        sealedServicesOpen: countyAppealsKey(config().appeals) !== undefined,
      }),
    )
    .route('/events', liveEventRoutes(deps))
    .route('/audio', audioRoutes(deps))
    .route('/applications', applicationRoutes(deps, deps.log))
    .route('/appointments', appointmentRoutes(deps))
    .route('/queue', queueRoutes(deps))
    .route('/enquiry', enquiryRoutes(deps))
    .route('/help', helpRoutes(deps))
    .route('/reports', reportRoutes(deps))
    .route('/staff', staffRoutes(deps))
    .route('/sync', syncRoutes(deps))
    .route('/worklist', worklistRoutes(deps));
}

/** The kiosk's one backend: the same fetch handler serves Electron (app://) and the browser host (HTTP). */
export function createKioskApp(deps: KioskDeps) {
  const api = apiRoutes(deps);
  return new Hono()
    .use(contentSecurity)
    // Issue #16.2: a foreign Host (DNS rebinding) or another origin's change is refused before anything else.
    .use(refuseForeignHostsAndOrigins(deps))
    // Issue #8: an oversized body is refused (413) before any route reads it.
    .use('/api/*', limitRequestBodies)
    .use('/api/*', requireJsonBodies)
    // architecture.md, Security: another device on the hall network reaches nothing but pairing until it pairs.
    .use('/api/*', except('/api/staff/pair', requirePairedDevice(deps)))
    .get('/healthz', (c) => c.json({ ok: true, schemaVersion: schemaVersion(deps.db), config: deps.config.current().source }))
    .route('/api', api)
    .route('/', rendererFileRoutes(deps.rendererDir))
    .notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ ok: false, error: 'not-found' } as const, 404) : c.text('404 Not Found', 404)))
    .onError((error, c) => {
      // A validator's refusal (malformed JSON) keeps its 4xx, in the API's words; anything else is a bug.
      if (error instanceof HTTPException && error.status < 500) return c.json({ ok: false, error: 'invalid-request', message: error.message } as const, error.status);
      deps.log(events.requestFailed, { method: c.req.method, path: c.req.path, error: error.message });
      return c.json({ ok: false, error: 'internal' } as const, 500);
    });
}

/**
 * What the app answers before or instead of any route, which KioskApiType does not show: its guards, an
 * unknown path, a bug. The renderer's client (renderer/backend-call.ts) reads them with the routes' own.
 */
export type AppRefusal = StaffRefusal | ForeignRequestRefusal | BodyLimitRefusal | JsonBodyRefusal | 'not-found' | 'internal';

/** What the renderer's typed client (hc) sees. */
export type KioskApiType = ReturnType<typeof apiRoutes>;
