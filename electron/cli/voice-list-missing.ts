import { join } from 'node:path';
import { LocaleId } from '../core/catalog/seed.ts';
import { findRecordings } from '../core/speech/index.ts';
import { voiceSetup } from './voice-setup.ts';

/**
 * `npm run voice:list-missing -- zh-CN`: the string ids that have no recorded prompt yet, one per line
 * with the words to record, so hall staff know what is left (kiosk-config/voice/README.md).
 */
const locale = LocaleId.safeParse(process.argv[2]);
if (!locale.success) {
  console.error(`usage: npm run voice:list-missing -- ${LocaleId.options.join('|')}`);
  process.exit(2);
}

// `| head` closing the pipe early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const setup = voiceSetup();
const { voiceDir, entries } = setup.voice;
const { files } = findRecordings(voiceDir, locale.data);
const wanted = entries.entries.filter((entry) => entry.locale === locale.data);
const missing = wanted.filter((entry) => !files.has(entry.id));
process.stdout.write(missing.map((entry) => `${entry.id}\t${entry.text}\n`).join(''));
console.error(`voice:list-missing: ${missing.length} of ${wanted.length} ${locale.data} strings have no recording in ${join(voiceDir, locale.data)}`);
