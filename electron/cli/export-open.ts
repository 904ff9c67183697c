import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openExport } from '../store/export/database-export.ts';
import { askHidden, passphraseFromStdin } from './passphrase.ts';

/**
 * `npm run export:open -- --in FILE --out DIR [--passphrase-stdin]`: opens an export made by
 * `npm run export` into DIR as a kiosk data folder (kiosk.db, keys/, audit-checkpoints.jsonl).
 */
const { values } = parseArgs({ options: { in: { type: 'string' }, out: { type: 'string' }, 'passphrase-stdin': { type: 'boolean' } } });
if (!values.in || !values.out) {
  console.error('Give the export with --in FILE and a new folder with --out DIR. 请用 --in 指定导出文件，用 --out 指定新文件夹。');
  process.exit(2);
}
const secret = values['passphrase-stdin'] ? await passphraseFromStdin() : await askHidden('Passphrase 口令: ');
const opened = openExport(readFileSync(resolve(values.in)), secret, resolve(values.out));
if (!opened.ok) {
  const why = {
    'not-an-export': 'This is not a kiosk export. 这不是终端的导出文件。',
    'unknown-format': 'This export is from a newer kiosk, or its header is damaged. 导出文件来自更新版本，或文件头已损坏。',
    'wrong-passphrase-or-damaged': 'Wrong passphrase, or the file was changed or damaged. 口令不对，或文件被改动、损坏。',
    'damaged-bundle': 'The export is damaged. 导出文件已损坏。',
  } as const;
  console.error(why[opened.error]);
  process.exit(1);
}
console.log(`Opened an export of ${opened.manifest.createdAt} (schema ${opened.manifest.schemaVersion}) 已打开:\n${opened.written.map((path) => `  ${path}`).join('\n')}`);
