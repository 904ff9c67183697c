import { readFileSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { LocaleId } from '../catalog/texts.ts';
import { localeIds } from '../catalog/texts.ts';
import type { KioskDatabase } from '../../store/open.ts';
import type { ClipKey, VoiceClip } from './clip-store.ts';
import { sha256, storedSourceSha256, storeClip } from './clip-store.ts';
import type { PinyinOverrides } from './pinyin.ts';
import type { RecordingProblem } from './recordings.ts';
import { findRecordings, readRecording } from './recordings.ts';
import type { Synthesis } from './synthesize.ts';
import { planSynthesis, synthesizeClips } from './synthesize.ts';

/** One text to have a clip for: an interface string or a seed text, with placeholders already filled. */
export type VoiceEntry = ClipKey;

export interface BuildOptions {
  pinyinOverrides: PinyinOverrides;
  /** kiosk-config/voice: recordings here replace synthesised clips. */
  voiceDir?: string;
  /** espeak-ng processes at once, each speaking a batch of texts; the kiosk has 2 cores. */
  parallelism?: number;
  now?: () => Date;
}

export interface BuildCounts {
  /** Made with espeak-ng this time. */
  synthesized: number;
  /** Of those, clips that sound like another id's (the same words in the same voice): spoken once, stored for each. */
  shared: number;
  /** Taken from a recording this time. */
  recorded: number;
  /** Already stored, made from the same text and the same pronunciation or recording. */
  unchanged: number;
  /** Texts that give nothing to say (only punctuation, say). */
  silent: number;
  failed: { locale: LocaleId; id: string; error: string }[];
  /** Recordings that were not used; an unreadable one is reported and its id synthesised instead. */
  recordingProblems: RecordingProblem[];
}

type SynthesisPlan = { entry: VoiceEntry; synthesis: Synthesis };
type RecordingPlan = { entry: VoiceEntry; file: string; bytes: Buffer; sourceSha256: string };

/**
 * Texts spoken by one espeak-ng process (synthesizeClips): starting it costs more than a short sentence,
 * but the recording of a batch is cut apart in one go on the thread that serves the screens, so a batch
 * of long texts is kept short too (about 30 s of speech).
 */
const batchSize = 16;
const batchSpeechTextLength = 600;

/**
 * Makes the clips that are missing or out of date, and nothing else: a second build with the same texts,
 * pronunciations and recordings synthesises nothing. A clip made for an id's earlier wording is replaced.
 */
export async function buildClips(db: KioskDatabase, entries: readonly VoiceEntry[], options: BuildOptions): Promise<BuildCounts> {
  const counts: BuildCounts = { synthesized: 0, shared: 0, recorded: 0, unchanged: 0, silent: 0, failed: [], recordingProblems: [] };
  const recordings = new Map(
    localeIds.map((locale) => {
      const found = options.voiceDir ? findRecordings(options.voiceDir, locale) : { files: new Map<string, string>(), problems: [] };
      counts.recordingProblems.push(...found.problems);
      return [locale, found.files] as const;
    }),
  );

  const synthesisOf = (entry: VoiceEntry) => planSynthesis(entry.locale, entry.text, { pinyinOverrides: options.pinyinOverrides });
  const toRecord: RecordingPlan[] = [];
  const toSynthesize: SynthesisPlan[] = [];
  for (const [index, entry] of entries.entries()) {
    // Planning a full build takes a fifth of a second; the kiosk keeps serving screens meanwhile.
    if (index % 32 === 31) await nextTurn();
    const file = recordings.get(entry.locale)?.get(entry.id);
    if (file) {
      const bytes = readFileSync(file);
      const plan: RecordingPlan = { entry, file, bytes, sourceSha256: sha256(bytes) };
      if (storedSourceSha256(db, entry) === plan.sourceSha256) counts.unchanged += 1;
      else toRecord.push(plan);
      continue;
    }
    const synthesis = synthesisOf(entry);
    if (synthesis.speechText === '') counts.silent += 1;
    else if (storedSourceSha256(db, entry) === synthesis.sourceSha256) counts.unchanged += 1;
    else toSynthesize.push({ entry, synthesis });
  }

  const store = (entry: VoiceEntry, clip: VoiceClip, sourceSha256: string) =>
    storeClip(db, entry, clip, sourceSha256, { now: options.now?.(), replaceOtherTexts: true });

  // A recording that cannot be read is reported, and its id synthesised rather than left silent.
  for (const plan of toRecord) {
    const reading = await readRecording(plan.file, plan.bytes);
    if (reading.ok) {
      store(plan.entry, { ...reading.clip, source: 'recorded' }, plan.sourceSha256);
      counts.recorded += 1;
    } else {
      counts.recordingProblems.push({ file: plan.file, detail: reading.error });
      toSynthesize.push({ entry: plan.entry, synthesis: synthesisOf(plan.entry) });
    }
  }

  // A sixth of a hall's texts sound like another's (返回首页 under several ids, say): each sound is made once.
  const bySound = new Map<string, SynthesisPlan[]>();
  for (const plan of toSynthesize) {
    const group = bySound.get(plan.synthesis.sourceSha256);
    if (group) group.push(plan);
    else bySound.set(plan.synthesis.sourceSha256, [plan]);
  }
  const sameSound = (plan: SynthesisPlan) => bySound.get(plan.synthesis.sourceSha256) ?? [plan];
  await inParallel(batchesByLocale([...bySound.values()].map(([first]) => first as SynthesisPlan)), options.parallelism ?? 2, async (batch) => {
    try {
      const clips = await synthesizeClips(batch.map((plan) => plan.synthesis));
      // One commit, and so one fsync, per batch rather than per clip.
      db.transaction(() =>
        batch.forEach((plan, index) => {
          for (const each of sameSound(plan)) store(each.entry, clips[index] as VoiceClip, plan.synthesis.sourceSha256);
        }),
      )();
      for (const plan of batch) {
        counts.synthesized += sameSound(plan).length;
        counts.shared += sameSound(plan).length - 1;
      }
    } catch (error) {
      for (const { entry } of batch.flatMap(sameSound)) counts.failed.push({ locale: entry.locale, id: entry.id, error: (error as Error).message });
    }
  });
  return counts;
}

function batchesByLocale(plans: readonly SynthesisPlan[]): SynthesisPlan[][] {
  const batches: SynthesisPlan[][] = [];
  for (const locale of localeIds) {
    let batch: SynthesisPlan[] = [];
    let length = 0;
    for (const plan of plans.filter((each) => each.entry.locale === locale)) {
      const planLength = plan.synthesis.speechText.length;
      if (batch.length === batchSize || (batch.length > 0 && length + planLength > batchSpeechTextLength)) {
        batches.push(batch);
        batch = [];
        length = 0;
      }
      batch.push(plan);
      length += planLength;
    }
    if (batch.length > 0) batches.push(batch);
  }
  return batches;
}

/** Runs `work` over the items with at most `limit` running at once. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
