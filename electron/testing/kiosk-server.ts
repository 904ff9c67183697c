import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { memoryLogger } from '../log.ts';
import { createKioskApp } from '../server/app.ts';
import { bootKiosk } from '../server/boot.ts';
import { bundledConfigFile, seedsDir } from './kiosk-files.ts';

/**
 * A kiosk backend booted as serve.ts boots it, from a data directory inside `dir`, on a real port.
 * Tests use the real store, config, seeds and HTTP; `stop` closes the server and the database.
 */
export async function startTestKiosk(dir: string, configFile = bundledConfigFile) {
  const log = memoryLogger();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  const deps = bootKiosk({ dataDir: join(dir, 'data'), configFile, bundledConfigFile, seedsDir, rendererDir }, log, { via: 'port', port: 0 });
  const { fetch } = createKioskApp(deps);
  const server = await new Promise<ServerType>((ready) => {
    const started = serve({ fetch, hostname: '127.0.0.1', port: 0 }, () => ready(started));
  });
  // As serve.ts does: the names served carry the free port taken.
  const { port } = server.address() as AddressInfo;
  deps.servedAt.replace({ via: 'port', port });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close();
    deps.db.close();
    deps.voiceCache.db.close();
  };
  return { base, deps, fetch, log, stop, dataDir: join(dir, 'data') };
}
