import { dirname, join } from 'node:path';
import { resources } from '../../../renderer/i18n/resources.ts';
import type { ServiceSeed } from '../catalog/seed.ts';
import type { LocaleId } from '../catalog/texts.ts';
import type { BuildCounts, VoiceEntry } from './build-clips.ts';
import { buildClips } from './build-clips.ts';
import type { KioskDatabase } from '../../store/open.ts';
import type { PinyinOverrides } from './pinyin.ts';
import { shippedPinyinOverrides } from './pinyin-overrides.ts';
import type { VoiceEntryList } from './voice-entries.ts';
import { interfaceVoiceEntries, joinEntryLists, seedVoiceEntries } from './voice-entries.ts';

/** What one hall's voice is made from: the texts its screens show, its pronunciations and its recordings. */
export interface HallVoice {
  /** Every interface string and the enabled services' texts, with the hall's county figures filled in. */
  entries: VoiceEntryList;
  pinyinOverrides: PinyinOverrides;
  /** Recorded prompts, which win over synthesised clips: kiosk-config/voice beside the hall's config file. */
  voiceDir: string;
}

export interface HallVoiceSources {
  seeds: readonly ServiceSeed[];
  config: { services: { enabled: readonly string[] }; countyFigures: Readonly<Record<string, string | number>> };
  /** The hall's config file as asked for (KIOSK_CONFIG), so its recordings are found even while the file is broken. */
  configFile: string;
}

/** The same for the kiosk at start-up and for the voice commands, so both work on the same clips. */
export function hallVoice({ seeds, config, configFile }: HallVoiceSources): HallVoice {
  const enabled = new Set(config.services.enabled);
  return {
    entries: joinEntryLists(
      interfaceVoiceEntries(resources),
      seedVoiceEntries(
        seeds.filter((seed) => enabled.has(seed.id)),
        config.countyFigures,
      ),
    ),
    pinyinOverrides: shippedPinyinOverrides,
    voiceDir: join(dirname(configFile), 'voice'),
  };
}

/**
 * Makes every missing or out-of-date clip of the hall: `npm run voice:build`, and the kiosk itself in the
 * background on every start, so a fresh kiosk gets its voice without anyone running the command.
 */
export function buildHallClips(db: KioskDatabase, voice: HallVoice, { parallelism }: { parallelism?: number } = {}): Promise<BuildCounts> {
  return buildClips(db, voice.entries.entries, { pinyinOverrides: voice.pinyinOverrides, voiceDir: voice.voiceDir, parallelism });
}

export type HallString = { known: 'whole'; entry: VoiceEntry } | { known: 'needs-text' } | { known: 'no' };

/** Finds a string of the hall by language and id; one with a placeholder only known at run time needs its text. */
export function hallStringFinder(voice: HallVoice): (locale: LocaleId, id: string) => HallString {
  const key = (locale: LocaleId, id: string) => `${locale}\n${id}`;
  const whole = new Map(voice.entries.entries.map((entry) => [key(entry.locale, entry.id), entry]));
  const needsText = new Set(voice.entries.onDemandOnly.map((entry) => key(entry.locale, entry.id)));
  return (locale, id) => {
    const entry = whole.get(key(locale, id));
    if (entry) return { known: 'whole', entry };
    return needsText.has(key(locale, id)) ? { known: 'needs-text' } : { known: 'no' };
  };
}
