import table from './pinyin-table.json' with { type: 'json' };
import { segmentPinyin, syllablesFrom } from './segment.ts';
import { commonSurnames } from './surnames.ts';

/**
 * The characters offered for typed pinyin, commonest first. The table (pinyin-table.json, written by
 * electron/cli/keyboard-data.ts, which says how its order is made) lists each syllable's characters in
 * order, and all characters in one order for when only the start of a syllable is typed.
 */
const syllableTable: Readonly<Record<string, string>> = table.syllables;
const rank = new Map([...table.ranked].map((character, index) => [character, index]));
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

/** One character at a time, for the first syllable typed; none when the letters are not pinyin. */
export function pinyinCandidates(typed: string, { surnamesFirst }: CandidateOptions): Candidates {
  const [first] = segmentPinyin(typed, syllables) ?? [];
  if (first === undefined) return { characters: [], letters: 0 };
  const characters = syllables.isSyllable(first) ? [...(syllableTable[first] ?? '')] : startedWith(first);
  if (!surnamesFirst) return { characters, letters: first.length };
  const offered = new Set(characters);
  const surnames = commonSurnames.filter((surname) => offered.has(surname));
  const taken = new Set(surnames);
  return { characters: [...surnames, ...characters.filter((character) => !taken.has(character))], letters: first.length };
}

/** Every character of every syllable starting with these letters ("zh": 这 中 长 …), commonest first. */
function startedWith(start: string): string[] {
  const characters = new Set(
    Object.entries(syllableTable)
      .filter(([syllable]) => syllable.startsWith(start))
      .flatMap(([, listed]) => [...listed]),
  );
  return [...characters].sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
}
