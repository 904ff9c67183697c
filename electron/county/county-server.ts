import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createCountyApp } from './county-app.ts';
import type { HallKey } from './county-app.ts';
import { openCountyStore } from './county-store.ts';

export interface CountyReceiverOptions {
  /** Where county.db goes. */
  dir: string;
  keys: ReadonlyMap<string, HallKey>;
  /** 0 picks a free port. */
  port: number;
  hostname?: string;
  admin?: boolean;
  hangMs?: number;
}

/** The reference receiver on a real port, with its own SQLite file in `dir`. */
export async function startCountyReceiver({ dir, keys, port, hostname = '127.0.0.1', admin = false, hangMs }: CountyReceiverOptions) {
  const databaseFile = join(dir, 'county.db');
  const store = openCountyStore(databaseFile);
  const { app, faults } = createCountyApp({ store, keys, admin, hangMs });
  const server = await new Promise<ServerType>((ready, fail) => {
    const started = serve({ fetch: app.fetch, hostname, port }, () => ready(started));
    started.once('error', fail);
  });
  const url = `http://${hostname}:${(server.address() as AddressInfo).port}`;
  const stop = () =>
    new Promise<void>((done) => {
      if ('closeAllConnections' in server) server.closeAllConnections();
      server.close(() => {
        store.close();
        done();
      });
    });
  return { url, databaseFile, store, faults, stop };
}
