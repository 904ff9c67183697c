import { join } from 'node:path';
import { openAuditTrail } from '../core/audit/audit-trail.ts';
import { loadCatalogIntoStore, readSeedDirectory } from '../core/catalog/catalog.ts';
import { buildHallClips, hallVoice, openVoiceCache } from '../core/speech/index.ts';
import { addStaffNotice } from '../core/staff/notices.ts';
import { loadKioskConfig } from '../config/load.ts';
import { events } from '../events.ts';
import type { Logger } from '../log.ts';
import { loadOrCreateDataKey } from '../store/crypto/index.ts';
import type { KeyWrapper } from '../store/crypto/index.ts';
import { openStore } from '../store/open.ts';
import { repairPrivateModes } from '../store/private-files.ts';
import { createFormPrinter, createReceiptPrinter } from '../core/printing/index.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import { LiveHub } from './hub.ts';
import type { ServedAt } from './served-names.ts';
import { recommendedScryptCost } from '../core/staff/pin.ts';
import { StaffSessions } from '../core/staff/sessions.ts';
import { sealPlainReturnReasons } from '../core/worklist/return-reason.ts';
import { createSyncWorker } from '../core/sync/index.ts';
import { createRequestLimits } from './limit-buckets.ts';
import { holder } from './holder.ts';

/** Where the kiosk's files are. The browser host uses the repository; Electron its resources folder. */
export interface KioskPaths {
  dataDir: string;
  configFile: string;
  bundledConfigFile: string;
  seedsDir: string;
  rendererDir: string;
}

export interface BootOptions {
  /** Issue #16.6: the Electron kiosk seals its key files with safeStorage (shell/key-wrapper.ts); the browser host has none. */
  keyWrapper?: KeyWrapper;
}

/**
 * Everything start-up does before serving: open the store, read the catalog, load the config. `servedAt`
 * says where the host serves it: only those names and origins are answered (issue #16.2).
 */
export function bootKiosk(paths: KioskPaths, log: Logger, servedAt: ServedAt, options: BootOptions = {}): KioskDeps {
  // Issue #16.5: a data folder made before the kiosk kept its files private (0755 folders, 0644 files).
  const repaired = repairPrivateModes(paths.dataDir);
  if (repaired.length > 0) {
    const failed = repaired.filter((each) => each.failed !== undefined).length;
    log(events.fileModesRepaired, { dataDir: paths.dataDir, count: repaired.length, failed, repaired: repaired.slice(0, 50) });
  }
  const { db, setAside } = openStore(join(paths.dataDir, 'kiosk.db'));
  if (setAside?.restored) {
    // Issue #8: staff are told which backup the kiosk now runs on, and which requests came after it.
    const { backupAt, backupFile, missingReferences, salvageComplete } = setAside.restored;
    log(events.storeRestored, { setAsideAs: setAside.setAsideAs, reason: setAside.reason, backupFile, backupAt, missingReferences, salvageComplete });
    addStaffNotice(db, 'database-restored', {
      setAsideAs: setAside.setAsideAs,
      backupAt,
      missingCount: String(missingReferences.length),
      missingReferences: missingReferences.join(', '),
      salvageComplete: String(salvageComplete),
    });
  } else if (setAside) {
    log(events.storeSetAside, { ...setAside });
    addStaffNotice(db, 'database-set-aside', { setAsideAs: setAside.setAsideAs, reason: setAside.reason });
  }

  const { seeds, problems: seedProblems } = readSeedDirectory(paths.seedsDir);
  for (const problem of seedProblems) log(events.seedRejected, { ...problem });
  const { written } = loadCatalogIntoStore(db, seeds);
  log(events.catalogLoaded, { services: seeds.length, updated: written });

  const configPaths = { requested: paths.configFile, lastGood: join(paths.dataDir, 'last-good-config.json'), bundledDefault: paths.bundledConfigFile };
  const loadedConfig = loadKioskConfig(configPaths, seeds);
  for (const problem of loadedConfig.problems) log(events.configRejected, { file: paths.configFile, ...problem });
  if (loadedConfig.source !== 'file') log(events.configFallback, { using: loadedConfig.source });

  const voice = hallVoice({ seeds, config: loadedConfig.config, configFile: paths.configFile });
  const dataKey = loadOrCreateDataKey(join(paths.dataDir, 'keys', 'data.key'), { wrapper: options.keyWrapper });
  if (!dataKey.ok) log(events.dataKeyUnavailable, { error: dataKey.error, detail: dataKey.detail });
  else {
    if (dataKey.resealFailed) log(events.keyResealFailed, { detail: dataKey.resealFailed });
    // Issue #16.5: reasons an earlier version kept in clear are sealed before anything reads them.
    const sealed = sealPlainReturnReasons(db, dataKey.key);
    if (sealed > 0) log(events.returnReasonsSealed, { sealed });
  }
  const audit = openAuditTrail(db, paths.dataDir, { wrapper: options.keyWrapper, log });
  if (!audit.key.ok) log(events.auditKeyUnavailable, { error: audit.key.error, detail: audit.key.detail });
  if (audit.key.ok && audit.key.resealFailed) log(events.keyResealFailed, { detail: audit.key.resealFailed });
  const { config } = loadedConfig;
  const printer = createReceiptPrinter(config.printer ?? { kind: 'file', dir: paths.dataDir }, { publicPhoneNumbers: [config.hall.dutyPhone] });
  const hub = new LiveHub();
  const deps: KioskDeps = {
    db,
    audit,
    config: holder(loadedConfig),
    configPaths,
    seedProblems,
    hub,
    voice,
    dataKey,
    printer,
    formPrinter: createFormPrinter(config.a4Printer ?? { kind: 'file', dir: paths.dataDir }),
    staffSessions: new StaffSessions(),
    pinCost: recommendedScryptCost,
    limits: createRequestLimits(() => deps.config.current().config.limits),
    voiceCache: openVoiceCache(join(paths.dataDir, 'voice-cache.db')),
    log,
    rendererDir: paths.rendererDir,
    servedAt: holder(servedAt),
    // Reads the held config every round, so an admin's change applies without a restart. Started by the host.
    sync: createSyncWorker({
      db,
      dataKey,
      dataDir: paths.dataDir,
      log,
      syncConfig: () => deps.config.current().config.sync,
      latestAuditCheckpoint: () => audit.checkpointed,
      onChange: () => hub.publish({ type: 'sync' }, ['kiosk', 'staff']),
    }),
  };
  return deps;
}

/**
 * Encoding clips runs on the thread that serves the screens, so the build waits until the first screen
 * has loaded; that screen's clips are made on demand meanwhile.
 */
const voiceBuildDelayMs = 5_000;

/**
 * Issue "also run on first start when clips are missing": once the kiosk is serving, makes the clips that
 * are missing or out of date, as `npm run voice:build` does. Until then a screen's clip is made when it is
 * first asked for. Never throws: a kiosk without espeak-ng still runs, and says so in the log.
 */
export async function buildVoiceInBackground(
  deps: Pick<KioskDeps, 'db' | 'voice'>,
  log: Logger,
  { delayMs = voiceBuildDelayMs } = {},
): Promise<void> {
  await new Promise((wait) => setTimeout(wait, delayMs).unref());
  const started = performance.now();
  try {
    // One espeak-ng at a time keeps a core of the hall's 2-core kiosk for the screen.
    const counts = await buildHallClips(deps.db, deps.voice, { parallelism: 1 });
    const fields = {
      clips: deps.voice.entries.entries.length,
      synthesized: counts.synthesized,
      shared: counts.shared,
      recorded: counts.recorded,
      unchanged: counts.unchanged,
      silent: counts.silent,
      failed: counts.failed.length,
      recordingProblems: counts.recordingProblems,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    if (counts.failed.length === 0) log(events.voiceBuilt, fields);
    else log(events.voiceFailed, { ...fields, firstFailures: counts.failed.slice(0, 5) });
  } catch (error) {
    log(events.voiceFailed, { error: (error as Error).message });
  }
}
