import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadKioskConfig } from '../config/load.ts';
import { memoryLogger } from '../log.ts';
import { listBackups } from '../store/backup.ts';
import { openStore } from '../store/open.ts';
import { bundledConfigFile, shippedSeeds } from '../testing/kiosk-files.ts';
import { auditTrailOf } from '../testing/audit-trail.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { startMaintenance } from './maintenance.ts';
import { holder } from './holder.ts';

const tempDir = useTempDir();

describe('maintenance', () => {
  test('backs up at start-up and then on its interval, and purges at start-up by the config and the clock', async () => {
    const dir = tempDir();
    const { db } = openStore(join(dir, 'kiosk.db'));
    const loadedConfig = loadKioskConfig({ requested: bundledConfigFile, lastGood: join(dir, 'last-good.json'), bundledDefault: bundledConfigFile }, shippedSeeds());
    db.prepare(
      `INSERT INTO request (reference, service_id, service_version, department, created_at, status, status_changed_at, answers, masked)
       VALUES ('OLD', 's', 1, 'd', '2026-01-01T00:00:00.000Z', 'done', '2026-01-02T00:00:00.000Z', '{"a":"sealed"}', '{"a":"*"}')`,
    ).run();
    // Its A4 form, saved where a hall without an A4 printer keeps them (printing/saved-forms.ts).
    const savedForm = join(dir, 'forms', '2026-01-01T09-00-00.000Z-OLD.pdf');
    mkdirSync(join(dir, 'forms'));
    writeFileSync(savedForm, '%PDF-1.4');
    const log = memoryLogger();
    const audit = auditTrailOf(db);
    let clock = new Date('2026-01-20T00:00:00.000Z');
    // Each reading a second on, as each backup is taken at its own moment.
    let ticks = 0;
    const now = () => new Date(clock.getTime() + 1000 * (ticks += 1));
    const maintenance = startMaintenance({ db, audit, log, config: holder(loadedConfig) }, { now, backupEveryMs: 30 });
    expect(db.prepare("SELECT purged_at FROM request WHERE reference = 'OLD'").get()).toEqual({ purged_at: null });
    expect(existsSync(savedForm)).toBe(true);

    clock = new Date('2026-02-20T00:00:00.000Z');
    await expect.poll(() => listBackups(join(dir, 'backups')).length).toBeGreaterThanOrEqual(2);
    await maintenance.stop();
    expect(log.lines.filter((line) => line.event.id === 'backup.made').length).toBeGreaterThanOrEqual(2);

    // The daily purge runs on its own timer; at start-up it found nothing due yet, so a new start finds it.
    const later = startMaintenance({ db, audit, log, config: holder(loadedConfig) }, { now });
    await later.stop();
    expect(db.prepare("SELECT purged_at IS NOT NULL AS purged, answers FROM request WHERE reference = 'OLD'").get()).toEqual({ purged: 1, answers: '{}' });
    // Issue #16.5: the form, which held the same data in clear, went with it.
    expect(existsSync(savedForm)).toBe(false);
    db.close();
  });
});
