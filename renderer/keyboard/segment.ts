/**
 * Splits toneless pinyin typed without breaks into syllables, as 全拼 input does: "zhangsan" is
 * zhang + san. The longest syllable is tried first, backing off when the rest cannot be split
 * ("fangan" is fang + an). The last part may be unfinished ("zhangs" is zhang + s…).
 */
export interface Syllables {
  isSyllable: (letters: string) => boolean;
  /** Whether some syllable starts with these letters (a whole syllable counts). */
  isStart: (letters: string) => boolean;
}

/** The parts, the last perhaps unfinished; undefined when the letters are not pinyin. */
export function segmentPinyin(typed: string, syllables: Syllables): string[] | undefined {
  if (typed === '') return [];
  if (syllables.isStart(typed) && !syllables.isSyllable(typed)) return [typed];
  for (let length = Math.min(typed.length, 6); length > 0; length -= 1) {
    const first = typed.slice(0, length);
    if (!syllables.isSyllable(first)) continue;
    const rest = segmentPinyin(typed.slice(length), syllables);
    if (rest) return [first, ...rest];
  }
  return undefined;
}

/** The syllable test and start test for a list of syllables. */
export function syllablesFrom(list: Iterable<string>): Syllables {
  const whole = new Set(list);
  const starts = new Set([...whole].flatMap((syllable) => [...syllable].map((_, index) => syllable.slice(0, index + 1))));
  return { isSyllable: (letters) => whole.has(letters), isStart: (letters) => starts.has(letters) };
}
