import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
 *   + how many words of pinyin-pro's word dictionaries contain it (a character in many words is common);
 * ties by code point. Checked against Mozilla's GB 2312 frequency ranking (not shipped: it is LGPL), a
 * syllable's most frequent level-1 character comes first for 52 % of syllables and on the first page of
 * seven for 95 %.
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

/** In how many of pinyin-pro's dictionary words (two to five characters) each character appears. */
async function wordsContaining(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const size of [2, 3, 4, 5]) {
    const module = (await import(`pinyin-pro/dist/esm/data/dict${size}.mjs`)) as { default: Record<string, string> };
    for (const word of Object.keys(module.default)) {
      for (const character of new Set(word)) counts.set(character, (counts.get(character) ?? 0) + 1);
    }
  }
  return counts;
}

const levels = [gb2312Level(16, 55), gb2312Level(56, 87)];
const inContext = readingsInContext();
const inWords = await wordsContaining();
const score = (character: string, reading: string) => 3 * (inContext.get(`${character}:${reading}`) ?? 0) + (inWords.get(character) ?? 0);

interface Entry {
  character: string;
  level: number;
  readings: string[];
}
const entries: Entry[] = levels.flatMap((characters, level) => characters.map((character) => ({ character, level, readings: readingsOf(character) })));
const byScore = (scoreOf: (entry: Entry) => number) => (a: Entry, b: Entry) =>
  a.level - b.level || scoreOf(b) - scoreOf(a) || (a.character.codePointAt(0) ?? 0) - (b.character.codePointAt(0) ?? 0);

const syllables = new Map<string, Entry[]>();
for (const entry of entries) for (const reading of entry.readings) syllables.set(reading, [...(syllables.get(reading) ?? []), entry]);
const table: Record<string, string> = {};
for (const reading of [...syllables.keys()].sort()) {
  table[reading] = (syllables.get(reading) ?? []).sort(byScore((entry) => score(entry.character, reading))).map((entry) => entry.character).join('');
}
// Many people type ü as u where nothing else is meant: lue and nue are 略 and 虐; lu and nu offer 绿 and 女 after their own.
table.lue = table.lve ?? '';
table.nue = table.nve ?? '';
table.lu = [...new Set([...(table.lu ?? ''), ...(table.lv ?? '')])].join('');
table.nu = [...new Set([...(table.nu ?? ''), ...(table.nv ?? '')])].join('');

const ranked = entries
  .filter((entry) => entry.readings.length > 0)
  .sort(byScore((entry) => Math.max(...entry.readings.map((reading) => score(entry.character, reading)))))
  .map((entry) => entry.character)
  .join('');

const sortedTable = Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(output, `${JSON.stringify({ ranked, syllables: sortedTable })}\n`);
console.log(`keyboard-data: ${[...ranked].length} characters, ${Object.keys(sortedTable).length} syllables → ${output}`);
