import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { audited, auditTrailFiles, openAuditTrail } from '../core/audit/index.ts';
import { events } from '../events.ts';
import { logToConsole } from '../log.ts';
import { exportDatabase } from '../store/export/database-export.ts';
import { openStore } from '../store/open.ts';
import { writePrivateFileSync } from '../store/private-files.ts';
import { askHidden, minimumPassphraseLength, passphraseFromStdin } from './passphrase.ts';

/**
 * `npm run export -- --out FILE [--passphrase-stdin] [--data-dir DIR]` (issue #8): the kiosk's database
 * and its data key in one file, encrypted with a passphrase asked twice (hidden), or read from standard
 * input. Audited. Opened with `npm run export:open` (README.md, Nothing lost).
 */
const { values } = parseArgs({ options: { out: { type: 'string' }, 'passphrase-stdin': { type: 'boolean' }, 'data-dir': { type: 'string' } } });
const dataDir = resolve(values['data-dir'] ?? process.env.KIOSK_DATA_DIR ?? '.kiosk-data');
const file = join(dataDir, 'kiosk.db');
if (!values.out) {
  console.error('Give the export file with --out FILE. 请用 --out 指定导出文件。');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`No kiosk database at ${file}. Give the kiosk's data folder with --data-dir.\n${file} 没有终端数据库。请用 --data-dir 指定终端的数据文件夹。`);
  process.exit(1);
}

async function passphrase(): Promise<string> {
  if (values['passphrase-stdin']) return passphraseFromStdin();
  const first = await askHidden('Passphrase 口令: ');
  const second = await askHidden('Again 再输入一次: ');
  if (first !== second) {
    console.error('The two passphrases differ; nothing was exported. 两次输入的口令不一样，没有导出。');
    process.exit(1);
  }
  return first;
}

const secret = await passphrase();
if ([...secret].length < minimumPassphraseLength) {
  console.error(`The passphrase needs at least ${minimumPassphraseLength} characters. 口令至少要 ${minimumPassphraseLength} 个字符。`);
  process.exit(1);
}
const out = resolve(values.out);
const { db } = openStore(file);
const audit = openAuditTrail(db, dataDir, { log: logToConsole });
if (!audit.key.ok) {
  // Issue #16.3: every export is audited, so none happens while the audit log cannot be written.
  console.error(`Nothing was exported: the audit log cannot be written. ${audit.key.detail}\n没有导出：审计日志无法写入。`);
  db.close();
  process.exit(1);
}
const { keyFile: auditKeyFile, checkpointFile } = auditTrailFiles(dataDir);
const exported = await exportDatabase(db, { dataKeyFile: join(dataDir, 'keys', 'data.key'), auditKeyFile, checkpointFile }, secret);
// Issue #16.5: owner-only even over an existing file, whose mode a plain write would keep.
writePrivateFileSync(out, exported.bytes);
audited(audit, logToConsole)(events.dataExported, { file: basename(out), bytes: exported.bytes.length, withDataKey: exported.withDataKey }, null);
db.close();
console.log(`Exported to 已导出到 ${out} (${exported.bytes.length} bytes${exported.withDataKey ? '' : '; without the data key, which only the kiosk app can open 不含数据密钥'}).`);
