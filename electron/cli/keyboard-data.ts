import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { commonSurnames } from '../../renderer/keyboard/surnames.ts';

/**
 * `npx tsx electron/cli/keyboard-data.ts`: writes renderer/keyboard/pinyin-table.json, the on-screen
 * keyboard's pinyin → character table (issue #5). Run it again when the seeds or zh-CN locales change a lot.
 *
 * Which characters: GB 2312's 6,763, level 1 (3,755 常用字) before level 2 (3,008 次常用字); the standard
 * chose and split them by frequency of use. Readings come from pinyin-pro, toneless, ü as v.
 *
 * Their order, as honestly as it can be made offline: no installed package ships a character frequency
 * list, and the ideal one (《通用规范汉字表》 level 1 ordered by frequency) cannot be downloaded here.
 * So within each level a character's score for a syllable is
 *   3 × how often the kiosk's own texts (seeds and zh-CN locales) read it that way, the reading resolved
 *       in context by pinyin-pro (目的 is mù dì, 我的 is wǒ de), as residents here write about the same things;
 *   + how many words of pinyin-pro's word dictionaries contain it (a character in many words is common),
 *       counting only words that read it this way unless this is its usual reading;
 * ties by code point. Checked against Mozilla's GB 2312 frequency ranking (not shipped: it is LGPL), a
 * syllable's most frequent level-1 character comes first for 50 % of syllables and on the first page of
 * seven for 94 % (that ranking ignores readings, so it favours 的 for di: some of the gap is right). Where
 * both sources are silent, as for 你 (the kiosk says 您), the order is poorer: 你 is seventh for ni.
 */
const root = resolve(import.meta.dirname, '../..');
const output = join(root, 'renderer/keyboard/pinyin-table.json');

/** GB 2312 rows 16–55 are level 1, rows 56–87 level 2; each row has 94 cells. */
function gb2312Level(firstRow: number, lastRow: number): string[] {
  const characters: string[] = [];
  for (let row = firstRow; row <= lastRow; row += 1) {
    for (let cell = 0; cell < 94; cell += 1) {
      const character = iconv.decode(Buffer.from([0xa0 + row, 0xa1 + cell]), 'gb2312');
      if (/^\p{Script=Han}$/u.test(character)) characters.push(character);
    }
  }
  return characters;
}

/** A bare m or n (呣, 嗯 read alone) would hide every syllable that starts with that letter. */
const typableSyllable = /^(?![mn]$)[a-z]+$/;

function readingsOf(character: string): string[] {
  const all = pinyin(character, { toneType: 'none', multiple: true, type: 'array', v: true });
  return [...new Set(all)].filter((reading) => typableSyllable.test(reading));
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

function kioskTexts(): string[] {
  const files = [
    ...readdirSync(join(root, 'seeds')).map((file) => join(root, 'seeds', file)),
    ...readdirSync(join(root, 'renderer/i18n/locales/zh-CN')).map((file) => join(root, 'renderer/i18n/locales/zh-CN', file)),
  ].filter((file) => file.endsWith('.json'));
  return files.flatMap((file) => stringsIn(JSON.parse(readFileSync(file, 'utf8'))));
}

/** How often each character is read each way in the kiosk's texts, keyed `字:reading`. */
function readingsInContext(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of kioskTexts()) {
    for (const item of pinyin(text, { type: 'all', toneType: 'none', v: true })) {
      if (item.isZh) counts.set(`${item.origin}:${item.pinyin}`, (counts.get(`${item.origin}:${item.pinyin}`) ?? 0) + 1);
    }
  }
  return counts;
}

/** A dictionary word's tone-marked pinyin ("zhè ge"), toneless with ü as v, one reading per character. */
function tonelessReadings(marked: string): string[] {
  return marked
    .normalize('NFD')
    .replaceAll('u\u0308', 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .split(' ');
}

/**
 * In how many of pinyin-pro's dictionary words (two to five characters) each character appears: keyed
 * `字` for any reading, `字:reading` for that reading.
 */
async function wordsContaining(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const size of [2, 3, 4, 5]) {
    const module = (await import(`pinyin-pro/dist/esm/data/dict${size}.mjs`)) as { default: Record<string, string> };
    for (const [word, marked] of Object.entries(module.default)) {
      const readings = tonelessReadings(marked);
      for (const [index, character] of [...word].entries()) add(`${character}:${readings[index] ?? ''}`);
      for (const character of new Set(word)) add(character);
    }
  }
  return counts;
}

const levels = [gb2312Level(16, 55), gb2312Level(56, 87)];
const inContext = readingsInContext();
const inWords = await wordsContaining();

interface Entry {
  character: string;
  level: number;
  /** pinyin-pro's usual reading first. */
  readings: string[];
}
const entries: Entry[] = levels.flatMap((characters, level) => characters.map((character) => ({ character, level, readings: readingsOf(character) })));

/**
 * A character's usual reading takes every word it is in; another reading only the words read that way,
 * so 无 is not offered early for mo (南无) nor 的 for di (目的).
 */
function score(entry: Entry, reading: string): number {
  const words = entry.readings[0] === reading ? inWords.get(entry.character) : inWords.get(`${entry.character}:${reading}`);
  return 3 * (inContext.get(`${entry.character}:${reading}`) ?? 0) + (words ?? 0);
}
const byScore = (scoreOf: (entry: Entry) => number) => (a: Entry, b: Entry) =>
  a.level - b.level || scoreOf(b) - scoreOf(a) || (a.character.codePointAt(0) ?? 0) - (b.character.codePointAt(0) ?? 0);
const ordered = (list: Entry[], scoreOf: (entry: Entry) => number) => [...new Set(list)].sort(byScore(scoreOf)).map((entry) => entry.character).join('');

const bySyllable = new Map<string, Entry[]>();
for (const entry of entries) for (const reading of entry.readings) bySyllable.set(reading, [...(bySyllable.get(reading) ?? []), entry]);
const syllables: Record<string, string> = {};
for (const [reading, list] of bySyllable) syllables[reading] = ordered(list, (entry) => score(entry, reading));
// Many people type ü as u where nothing else is meant: lue and nue are 略 and 虐; lu and nu offer 绿 and 女 after their own.
syllables.lue = syllables.lve ?? '';
syllables.nue = syllables.nve ?? '';
syllables.lu = [...new Set([...(syllables.lu ?? ''), ...(syllables.lv ?? '')])].join('');
syllables.nu = [...new Set([...(syllables.nu ?? ''), ...(syllables.nv ?? '')])].join('');

/**
 * The start of a syllable ("zh", "xio") offers the best of every syllable it begins, by the score of the
 * reading typed. Three pages of seven: typing another letter narrows the rest.
 */
const starts: Record<string, string> = {};
for (const syllable of bySyllable.keys()) {
  for (let length = 1; length < syllable.length; length += 1) {
    const start = syllable.slice(0, length);
    if (bySyllable.has(start) || start in starts) continue;
    const readings = [...bySyllable.keys()].filter((reading) => reading.startsWith(start));
    const list = readings.flatMap((reading) => bySyllable.get(reading) ?? []);
    starts[start] = [...ordered(list, (entry) => Math.max(...readings.filter((reading) => entry.readings.includes(reading)).map((reading) => score(entry, reading))))]
      .slice(0, 21)
      .join('');
  }
}

/** Each common surname's reading as a surname (曾 is zēng, 覃 qín, 万 wàn, never mò as in 万俟). */
const surnames = Object.fromEntries(commonSurnames.map((surname) => [surname, pinyin(surname, { surname: 'head', toneType: 'none', v: true })]));

const sortedByKey = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(output, `${JSON.stringify({ syllables: sortedByKey(syllables), starts: sortedByKey(starts), surnames })}\n`);
console.log(`keyboard-data: ${new Set(Object.values(syllables).join('')).size} characters, ${Object.keys(syllables).length} syllables, ${Object.keys(starts).length} starts → ${output}`);
