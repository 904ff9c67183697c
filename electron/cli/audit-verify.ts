import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { auditTrailFiles, verifyAuditChain } from '../core/audit/index.ts';
import type { AuditCheck } from '../core/audit/index.ts';
import { loadOrCreateKeyFile } from '../store/crypto/index.ts';

/**
 * `npm run audit:verify -- [--data-dir DIR]`: checks the audit log in the kiosk's database (read-only):
 * each row's seal under the audit key and its link to the row before, then the chain against every
 * signed checkpoint in audit-checkpoints.jsonl (issue #16.3). Exits 1 at the first thing that does not
 * hold, naming it and why. What this can and cannot find: README.md, Audit log.
 */
const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } } });
const dataDir = resolve(values['data-dir'] ?? process.env.KIOSK_DATA_DIR ?? '.kiosk-data');
const file = join(dataDir, 'kiosk.db');
const { keyFile, checkpointFile } = auditTrailFiles(dataDir);

const evidence = `Keep this data folder as it is, as evidence, and tell the county's technician. ${dataDir}
请原样保留这个数据文件夹作为证据，并告知县里的技术人员。`;

function why(check: Extract<AuditCheck, { ok: false }>): string {
  switch (check.reason) {
    case 'hash':
      return `Audit log BROKEN at row ${check.firstBrokenId}: its content was changed after it was written. Or it was added without the audit key. 这一条写入后内容被改动过，或不是用审计密钥写入的。`;
    case 'link':
      return `Audit log BROKEN at row ${check.firstBrokenId}: it does not follow on from the row before it: a row was removed or changed. 这一条与前一条接不上：有记录被删除或改动过。`;
    case 'gap':
      return `Audit log BROKEN at row ${check.firstBrokenId}: it is missing: it was removed. 这一条不见了：被删除了。`;
    case 'truncated':
      return `Audit log TRUNCATED: the checkpoint of ${check.checkpoint.at} counted ${check.checkpoint.rows} rows, and only ${check.rows} are left: rows were removed from the end. 审计日志被截短：${check.checkpoint.at} 的校验点记有 ${check.checkpoint.rows} 条，现在只剩 ${check.rows} 条，末尾的记录被删除了。`;
    case 'rewritten':
      return `Audit log REWRITTEN: row ${check.checkpoint.rows} is not the one the checkpoint of ${check.checkpoint.at} recorded: the chain was rebuilt. 审计日志被重写：第 ${check.checkpoint.rows} 条与 ${check.checkpoint.at} 的校验点不符，链条被重建过。`;
    case 'checkpoint-forged':
      return `Audit checkpoint FORGED: line ${check.line} of ${checkpointFile} was not signed with this hall's audit key. 审计校验点被伪造：第 ${check.line} 行不是用本大厅的审计密钥签的。`;
    case 'checkpoint-missing':
      return `Audit checkpoints MISSING: ${checkpointFile} is gone or empty, though the audit key that made it is there: it was removed. 审计校验点文件不见了或被清空了，但生成它的审计密钥还在：文件被删除过。`;
    default: {
      const unexpected: never = check;
      return String(unexpected);
    }
  }
}

if (!existsSync(file)) {
  console.error(`No kiosk database at ${file}. Give the kiosk's data folder with --data-dir.\n${file} 没有终端数据库。请用 --data-dir 指定终端的数据文件夹。`);
  process.exit(1);
}

// Never made here: a missing key means a hall that has not yet started a kiosk with one.
const key = existsSync(keyFile) ? loadOrCreateKeyFile(keyFile) : undefined;
if (key && !key.ok) {
  console.error(`The audit log cannot be checked: ${key.detail}\n无法检查审计日志：审计密钥无法使用。`);
  process.exit(1);
}

const db = new Database(file, { readonly: true, fileMustExist: true });
const check = verifyAuditChain(db, key?.key, checkpointFile);
db.close();
if (check.ok && check.checkpoint) {
  console.log(`Audit log OK: ${check.rows} rows, the chain holds and reaches its latest checkpoint (${check.checkpoint.rows} rows, ${check.checkpoint.at}). ${file}
审计日志完好：共 ${check.rows} 条，链条完整，与最新的校验点相符。`);
} else if (check.ok) {
  console.log(`Audit log OK: ${check.rows} rows, the chain holds. It has no audit key yet, so it is neither keyed nor anchored: start the kiosk once to key it. ${file}
审计日志完好：共 ${check.rows} 条，链条完整。还没有审计密钥：启动一次终端即可加密钥。`);
} else {
  console.error(`${why(check)}\n${evidence}`);
  process.exit(1);
}
