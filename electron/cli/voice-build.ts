import { join, relative } from 'node:path';
import { buildHallClips } from '../core/speech/index.ts';
import { openStore } from '../store/open.ts';
import { voiceSetup } from './voice-setup.ts';

/**
 * `npm run voice:build`: makes the voice clip of every interface string and enabled seed text, in every
 * language, into the data directory's kiosk.db. Only missing or out-of-date clips are made, so running it
 * again is quick. Exits 1 when a clip could not be made.
 */
const started = performance.now();
const setup = voiceSetup();
const dbFile = join(setup.dataDir, 'kiosk.db');
const { db } = openStore(dbFile);
const { entries, onDemandOnly } = setup.voice.entries;
const counts = await buildHallClips(db, setup.voice, { parallelism: 2 });
db.close();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `voice:build: ${entries.length} clips in ${relative(process.cwd(), dbFile) || dbFile}: ` +
    `${counts.synthesized} synthesised (${counts.shared} sounding like another id's, spoken once), ${counts.recorded} from recordings, ${counts.unchanged} unchanged, ` +
    `${counts.silent} with nothing to say, ${counts.failed.length} failed (${seconds} s)`,
);
console.log(`voice:build: ${onDemandOnly.length} texts with placeholders are synthesised on demand when first spoken`);
for (const problem of counts.recordingProblems) console.warn(`voice:build: recording ${problem.file}: ${problem.detail}`);
for (const failure of counts.failed) console.error(`voice:build: ${failure.locale} ${failure.id}: ${failure.error}`);
if (counts.failed.length > 0) process.exit(1);
