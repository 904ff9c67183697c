import { Hono } from 'hono';
import { listCatalog } from '../core/catalog/catalog.ts';
import type { SeedProblem } from '../core/catalog/catalog.ts';
import type { ReceiptPrinter } from '../core/printing/index.ts';
import type { HallVoice } from '../core/speech/index.ts';
import type { DataKeyLoad } from '../store/crypto/index.ts';
import type { Logger } from '../log.ts';
import { openStaffNotices } from '../core/staff/notices.ts';
import type { LoadedConfig } from '../config/load.ts';
import type { KioskDatabase } from '../store/open.ts';
import { schemaVersion } from '../store/migrate.ts';
import { applicationRoutes } from './application-routes.ts';
import { audioRoutes } from './audio-routes.ts';
import { contentSecurity } from './content-security.ts';
import type { LiveHub } from './hub.ts';
import { liveEventRoutes } from './live-events.ts';
import { rendererFileRoutes } from './renderer-files.ts';

export interface KioskDeps {
  db: KioskDatabase;
  loadedConfig: LoadedConfig;
  seedProblems: readonly SeedProblem[];
  hub: LiveHub;
  /** The hall's strings, pronunciations and recordings, for speech (see hallVoice). */
  voice: HallVoice;
  /** The key that seals residents' personal data (store/crypto); not ok when the key file is unusable. */
  dataKey: DataKeyLoad;
  printer: ReceiptPrinter;
  log: Logger;
  /** Vite's output, dist/renderer. */
  rendererDir: string;
}

function apiRoutes(deps: KioskDeps) {
  const { config } = deps.loadedConfig;
  return new Hono()
    .get('/kiosk', (c) =>
      c.json({
        hall: { name: config.hall.name, dutyPhone: config.hall.dutyPhone },
        languages: config.languages,
        timing: config.timing,
        switches: config.switches,
        banks: config.banks,
      }),
    )
    .get('/catalog', (c) =>
      c.json({ services: listCatalog(deps.db, config.services.enabled), countyFigures: config.countyFigures }),
    )
    .route('/events', liveEventRoutes(deps.hub))
    .route('/audio', audioRoutes(deps))
    .route('/applications', applicationRoutes(deps, deps.log))
    .get('/staff/status', (c) =>
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

/** The kiosk's one backend: the same fetch handler serves Electron (app://) and the browser host (HTTP). */
export function createKioskApp(deps: KioskDeps) {
  const api = apiRoutes(deps);
  return new Hono()
    .use(contentSecurity)
    .get('/healthz', (c) => c.json({ ok: true, schemaVersion: schemaVersion(deps.db), config: deps.loadedConfig.source }))
    .route('/api', api)
    .route('/', rendererFileRoutes(deps.rendererDir));
}

/** What the renderer's typed client (hc) sees. */
export type KioskApiType = ReturnType<typeof apiRoutes>;
