import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../core/audit/audit-log.ts';
import type { AuditCheck } from '../core/audit/audit-log.ts';

/**
 * `npm run audit:verify -- [--data-dir DIR]`: walks the audit log's hash chain in the kiosk's database
 * (read-only) and says whether it holds. Exits 1 at the first broken row, naming it and why.
 */
const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } } });
const dataDir = resolve(values['data-dir'] ?? process.env.KIOSK_DATA_DIR ?? '.kiosk-data');
const file = join(dataDir, 'kiosk.db');

const why: Record<Extract<AuditCheck, { ok: false }>['reason'], string> = {
  hash: 'its content was changed after it was written. 这一条写入后内容被改动过。',
  link: 'it does not follow on from the row before it: a row was removed or changed. 这一条与前一条接不上：有记录被删除或改动过。',
  gap: 'it is missing: it was removed. 这一条不见了：被删除了。',
};

if (!existsSync(file)) {
  console.error(`No kiosk database at ${file}. Give the kiosk's data folder with --data-dir.\n${file} 没有终端数据库。请用 --data-dir 指定终端的数据文件夹。`);
  process.exit(1);
}

const db = new Database(file, { readonly: true, fileMustExist: true });
const check = verifyAuditChain(db);
db.close();
if (check.ok) {
  console.log(`Audit log OK: ${check.rows} rows, the chain holds. ${file}\n审计日志完好：共 ${check.rows} 条，链条完整。`);
} else {
  console.error(`Audit log BROKEN at row ${check.firstBrokenId}: ${why[check.reason]}
Keep this database file as it is, as evidence, and tell the county's technician. ${file}
请原样保留这个数据库文件作为证据，并告知县里的技术人员。`);
  process.exit(1);
}
