import table from './pinyin-table.json' with { type: 'json' };
import { segmentPinyin, syllablesFrom } from './segment.ts';
import { commonSurnames } from './surnames.ts';

/**
 * The characters offered for typed pinyin, commonest first. The table (pinyin-table.json, written by
 * electron/cli/keyboard-data.ts, which says how its order is made) lists each syllable's characters in
 * order, the best of them for each start of a syllable that is not a syllable itself ("zh"), and the
 * common surnames' readings.
 */
const syllableTable: Readonly<Record<string, string>> = table.syllables;
const startTable: Readonly<Record<string, string>> = table.starts;
const surnameReadings: Readonly<Record<string, string>> = table.surnames;
const syllables = syllablesFrom(Object.keys(syllableTable));

export interface Candidates {
  characters: string[];
  /** How many typed letters choosing one uses up: its syllable, or everything for an unfinished one. */
  letters: number;
}

export interface CandidateOptions {
  /** The first character of a name: the commonest surnames come first. */
  surnamesFirst: boolean;
}

/** The syllables typed, as they will be read ("zhang", "san"); letters that are not pinyin stay whole. */
export function typedSyllables(typed: string): string[] {
  return segmentPinyin(typed, syllables) ?? [typed];
}

/** One character at a time, for the first syllable typed; none when the letters are not pinyin. */
export function pinyinCandidates(typed: string, { surnamesFirst }: CandidateOptions): Candidates {
  const [first] = segmentPinyin(typed, syllables) ?? [];
  if (first === undefined) return { characters: [], letters: 0 };
  const whole = syllables.isSyllable(first);
  const characters = [...((whole ? syllableTable[first] : startTable[first]) ?? '')];
  if (!surnamesFirst) return { characters, letters: first.length };
  // By their reading as surnames, so 孙 is not offered first for xun, nor 万 for mo.
  const surnames = commonSurnames.filter((surname) => {
    const reading = surnameReadings[surname] ?? '';
    return whole ? reading === first : reading.startsWith(first);
  });
  const taken = new Set(surnames);
  return { characters: [...surnames, ...characters.filter((character) => !taken.has(character))], letters: first.length };
}
