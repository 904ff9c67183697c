import { join } from 'node:path';
import { loadCatalogIntoStore, readSeedDirectory } from '../core/catalog/catalog.ts';
import { addStaffNotice } from '../core/staff/notices.ts';
import { loadKioskConfig } from '../config/load.ts';
import { events } from '../events.ts';
import type { Logger } from '../log.ts';
import { openStore } from '../store/open.ts';
import type { KioskDeps } from './app.ts';
import { LiveHub } from './hub.ts';

/** Where the kiosk's files are. The browser host uses the repository; Electron its resources folder. */
export interface KioskPaths {
  dataDir: string;
  configFile: string;
  bundledConfigFile: string;
  seedsDir: string;
  rendererDir: string;
}

/** Everything start-up does before serving: open the store, read the catalog, load the config. */
export function bootKiosk(paths: KioskPaths, log: Logger): KioskDeps {
  const { db, setAside } = openStore(join(paths.dataDir, 'kiosk.db'));
  if (setAside) {
    log(events.storeSetAside, { ...setAside });
    addStaffNotice(db, 'database-set-aside', { setAsideAs: setAside.setAsideAs, reason: setAside.reason });
  }

  const { seeds, problems: seedProblems } = readSeedDirectory(paths.seedsDir);
  for (const problem of seedProblems) log(events.seedRejected, { ...problem });
  const { written } = loadCatalogIntoStore(db, seeds);
  log(events.catalogLoaded, { services: seeds.length, updated: written });

  const loadedConfig = loadKioskConfig(
    { requested: paths.configFile, lastGood: join(paths.dataDir, 'last-good-config.json'), bundledDefault: paths.bundledConfigFile },
    seeds,
  );
  for (const problem of loadedConfig.problems) log(events.configRejected, { file: paths.configFile, ...problem });
  if (loadedConfig.source !== 'file') log(events.configFallback, { using: loadedConfig.source });

  return { db, loadedConfig, seedProblems, hub: new LiveHub(), rendererDir: paths.rendererDir };
}
