/**
 * What the on-screen keyboard offers for each kind of answer. Letters are in alphabetical rows, as in the
 * 汉语拼音字母表 residents learnt at school (a–g, h–n, o–t, u–z): people who have never typed find a
 * letter by its place in the alphabet, not on QWERTY, and seven keys a row fit beside the question at
 * the largest text size.
 */
export type AnswerKind = 'name' | 'short-text';
export type KeyboardMode = 'pinyin' | 'letters' | 'digits';
export type KeyboardLanguage = 'zh-CN' | 'en';

export const letterRows = ['abcdefg', 'hijklmn', 'opqrst', 'uvwxyz'] as const;

/** Names: Chinese or Latin letters only (answers.ts); short text may also need numbers (门牌号). */
export function modesFor(kind: AnswerKind): readonly KeyboardMode[] {
  return kind === 'name' ? ['pinyin', 'letters'] : ['pinyin', 'letters', 'digits'];
}

export function firstMode(language: KeyboardLanguage): KeyboardMode {
  return language === 'en' ? 'letters' : 'pinyin';
}

/**
 * The rows of keys that type, for a mode: always four, so nothing below them moves when the mode changes.
 * Marks fill the free places of the last letter rows: a Chinese name takes only · (阿卜杜拉·买买提), a Latin
 * name hyphens and apostrophes (answers.ts). Chinese text takes Chinese punctuation.
 */
export function typingRows(kind: AnswerKind, mode: KeyboardMode, language: KeyboardLanguage): readonly string[] {
  if (mode === 'digits') return ['1234567', '890', ...(language === 'en' ? [',.?!', '-:'] : ['，。、？！', '-：'])];
  if (kind === 'short-text') return letterRows;
  const [first = '', second = '', third = '', fourth = ''] = letterRows;
  return mode === 'pinyin' ? [first, second, `${third}·`, fourth] : [first, second, `${third}-`, `${fourth}'`];
}

/** A Chinese name has no spaces; everything else may. */
export function hasSpaceKey(kind: AnswerKind, mode: KeyboardMode): boolean {
  return kind !== 'name' || mode !== 'pinyin';
}

/** The spoken name of each mark key (keyboard.marks.*): a lone "，" says nothing when read aloud. */
export const markNames: Readonly<Record<string, string>> = {
  '·': 'middleDot',
  '-': 'hyphen',
  "'": 'apostrophe',
  '，': 'comma',
  ',': 'comma',
  '。': 'fullStop',
  '.': 'fullStop',
  '、': 'listComma',
  '？': 'questionMark',
  '?': 'questionMark',
  '！': 'exclamationMark',
  '!': 'exclamationMark',
  '：': 'colon',
  ':': 'colon',
};
