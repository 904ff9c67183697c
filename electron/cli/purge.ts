import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSeedDirectory } from '../core/catalog/catalog.ts';
import { audited, checkpointAuditTrail, openAuditTrail } from '../core/audit/index.ts';
import { savedFormsDirs } from '../core/printing/index.ts';
import { previewPurge, purgeExpired } from '../core/retention/purge.ts';
import type { PurgePreview } from '../core/retention/purge.ts';
import { loadKioskConfig } from '../config/load.ts';
import { logToConsole } from '../log.ts';
import { openStore } from '../store/open.ts';

/**
 * `npm run purge -- [--dry-run] [--data-dir DIR] [--config FILE]` (issue #8, retention): removes the
 * personal data of requests past the hall's retention period, as the kiosk does daily, and audits it.
 * `--dry-run` only counts them, per service, with the oldest day: it shows no personal data.
 */
const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean' }, 'data-dir': { type: 'string' }, config: { type: 'string' } } });
const dataDir = resolve(values['data-dir'] ?? process.env.KIOSK_DATA_DIR ?? '.kiosk-data');
const file = join(dataDir, 'kiosk.db');
if (!existsSync(file)) {
  console.error(`No kiosk database at ${file}. Give the kiosk's data folder with --data-dir.\n${file} 没有终端数据库。请用 --data-dir 指定终端的数据文件夹。`);
  process.exit(1);
}

/** electron/cli is two folders below the repository. */
const repositoryRoot = resolve(import.meta.dirname, '../..');
const bundledDefault = join(repositoryRoot, 'kiosk-config/default.json');
const { seeds } = readSeedDirectory(join(repositoryRoot, 'seeds'));
const { config } = loadKioskConfig(
  { requested: resolve(values.config ?? process.env.KIOSK_CONFIG ?? bundledDefault), lastGood: join(dataDir, 'last-good-config.json'), bundledDefault },
  seeds,
);
const rule = { days: config.retention.days, syncEnabled: config.sync?.enabled ?? false, now: new Date() };
const { db } = openStore(file);

function describePreview(preview: PurgePreview): string {
  const lines = preview.byService.map(({ serviceId, count }) => `  ${serviceId}: ${count}`);
  return [`${preview.total} request(s) 份申请${preview.oldestDay ? `; oldest made on 最早的提交于 ${preview.oldestDay}` : ''}`, ...lines].join('\n');
}

const basis = `retention ${rule.days} days 保留 ${rule.days} 天, ${rule.syncEnabled ? 'after the county took them 县里收到后' : 'after staff closed them 工作人员办结后'}`;
if (values['dry-run']) {
  console.log(`Dry run, nothing changed 试运行，未做任何改动 (${basis}). Would purge 将清除:\n${describePreview(previewPurge(db, rule))}`);
} else {
  const audit = openAuditTrail(db, dataDir, { log: logToConsole });
  if (!audit.key.ok) {
    // Issue #16.3: every purge is audited, so none happens while the audit log cannot be written.
    console.error(`Nothing was purged: the audit log cannot be written. ${audit.key.detail}\n没有清除：审计日志无法写入。`);
    db.close();
    process.exit(1);
  }
  const purged = purgeExpired(db, rule, audited(audit, logToConsole), { formsDirs: savedFormsDirs(config.a4Printer, dataDir) });
  // The purge's row was written inside its transaction; its checkpoint is written before the database closes.
  checkpointAuditTrail(audit);
  console.log(`Purged the personal data of 已清除个人信息 (${basis}):\n${describePreview(purged)}`);
}
db.close();
