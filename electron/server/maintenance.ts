import { audited } from '../core/audit/audit-log.ts';
import { dirname } from 'node:path';
import { savedFormsDirs } from '../core/printing/index.ts';
import { purgeExpired } from '../core/retention/purge.ts';
import { events } from '../events.ts';
import { backupDatabase, backupsDirFor } from '../store/backup.ts';
import type { KioskDeps } from './kiosk-deps.ts';

const hourMs = 60 * 60 * 1000;

export interface MaintenanceOptions {
  now?: () => Date;
  backupEveryMs?: number;
  purgeEveryMs?: number;
}

export interface Maintenance {
  /** Stops the timers and waits for a backup under way, so the database can then be closed. */
  stop(): Promise<void>;
}

/**
 * Issue #8, nothing lost: an online backup at start-up and every hour (the last 24 kept, in
 * `<data dir>/backups/`), and the retention purge at start-up and every day. Started by the host once it
 * serves; a failure is logged and tried again next time, never fatal.
 */
export function startMaintenance(deps: Pick<KioskDeps, 'db' | 'audit' | 'log' | 'config'>, options: MaintenanceOptions = {}): Maintenance {
  const { now = () => new Date(), backupEveryMs = hourMs, purgeEveryMs = 24 * hourMs } = options;
  let backupUnderWay: Promise<void> = Promise.resolve();

  const backUp = () => {
    backupUnderWay = backupUnderWay.then(async () => {
      try {
        const backup = await backupDatabase(deps.db, backupsDirFor(deps.db.name), now());
        deps.log(events.backupMade, { file: backup.file });
      } catch (error) {
        deps.log(events.backupFailed, { error: (error as Error).message });
      }
    });
  };
  const purge = () => {
    const { retention, sync, a4Printer } = deps.config.current().config;
    try {
      const formsDirs = savedFormsDirs(a4Printer, dirname(deps.db.name));
      purgeExpired(deps.db, { days: retention.days, syncEnabled: sync?.enabled ?? false, now: now() }, audited(deps.audit, deps.log), { formsDirs });
    } catch (error) {
      deps.log(events.retentionFailed, { error: (error as Error).message });
    }
  };

  backUp();
  purge();
  const timers = [setInterval(backUp, backupEveryMs), setInterval(purge, purgeEveryMs)];
  for (const timer of timers) timer.unref();
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await backupUnderWay;
    },
  };
}
