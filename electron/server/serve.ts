import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLanPort } from '../config/schema.ts';
import { events } from '../events.ts';
import { logToConsole } from '../log.ts';
import { createKioskApp } from './app.ts';
import { bootKiosk, buildVoiceInBackground } from './boot.ts';
import { startLanSide } from './lan-tls.ts';
import { startMaintenance } from './maintenance.ts';
import type { Maintenance } from './maintenance.ts';

/**
 * The browser host (architecture.md, Running it): the kiosk, /staff and /board over HTTP on 127.0.0.1, and in
 * LAN mode the console and board over HTTPS to the hall network.
 * Runs from electron/server (tsx) or dist/server (built); both are two folders below the repository.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const env = process.env;

const dataDir = resolve(env.KIOSK_DATA_DIR ?? '.kiosk-data');
const port = Number(env.KIOSK_PORT ?? 8080);
const deps = bootKiosk(
  {
    dataDir,
    configFile: resolve(env.KIOSK_CONFIG ?? 'kiosk-config/default.json'),
    bundledConfigFile: resolve(root, 'kiosk-config/default.json'),
    seedsDir: resolve(root, 'seeds'),
    rendererDir: resolve(root, 'dist/renderer'),
  },
  logToConsole,
  { via: 'port', port },
);
const app = createKioskApp(deps);
// The kiosk's own screen, on plain HTTP that never leaves the PC. Issue #16.9: in 'lan' mode the console
// and the board reach the kiosk over HTTPS only, on a second listener (lan-tls.ts).
const hostname = env.KIOSK_HOST ?? '127.0.0.1';
const { network } = deps.config.current().config;
const lanSide =
  network.mode === 'lan'
    ? startLanSide(deps, app.fetch, {
        hostname: env.KIOSK_LAN_HOST ?? '0.0.0.0',
        port: Number(env.KIOSK_LAN_PORT ?? network.tls?.port ?? defaultLanPort),
        configFile: deps.configPaths.requested,
        dataDir,
      })
    : undefined;

let maintenance: Maintenance | undefined;
const server = serve({ fetch: app.fetch, hostname, port }, (info) => {
  // KIOSK_PORT=0 (the durability tests) takes a free port: the names served carry the one taken.
  const servedAt = deps.servedAt.current();
  deps.servedAt.replace({ via: 'port', port: info.port, ...(servedAt.via === 'port' && { lanPort: servedAt.lanPort }) });
  logToConsole(events.serverReady, { url: `http://${hostname}:${info.port}/` });
  deps.sync.start();
  maintenance = startMaintenance(deps);
  // KIOSK_VOICE_PREBUILD=off leaves every clip to be made when first asked for (the end-to-end tests do).
  if (env.KIOSK_VOICE_PREBUILD !== 'off') void buildVoiceInBackground(deps, logToConsole);
});

function closeServer(lan: ServerType): Promise<void> {
  const closed = new Promise<void>((done) => lan.close(() => done()));
  if ('closeAllConnections' in lan) lan.closeAllConnections();
  return closed;
}

function stop(): void {
  logToConsole(events.serverStopping);
  // The worker lets go of the database first; a request in flight is aborted and resent after the restart.
  void Promise.all([deps.sync.stop(), maintenance?.stop(), lanSide?.then((lan) => (lan.ok ? closeServer(lan.server) : undefined))]).then(() => {
    server.close(() => {
      deps.db.close();
      deps.voiceCache.db.close();
      process.exit(0);
    });
    // Open SSE streams keep the server from closing; end them.
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
