import { pinyin } from 'pinyin-pro';
import { chineseClockTime, chineseDecimal, digitPinyin, isFollowedByMeasureWord, isReadAsAmount, takesLiang } from './chinese-numbers.ts';

/** Word → tone-numbered pinyin, read instead of the dictionary's guess (renderer/i18n/locales/zh-CN/pinyin-overrides.json). */
export type PinyinOverrides = Readonly<Record<string, string>>;

export interface PinyinOptions {
  /** Read numbers one digit at a time, as for ticket and reference numbers; a number before a unit (15 分钟) stays an amount. */
  digitByDigit?: boolean;
}

type Piece = { kind: 'syllables'; text: string } | { kind: 'pause' } | { kind: 'stop' };

const syllable = /^[a-zv]+[1-5]$/;

/** How a separator inside a code or web address is said. */
const separatorPinyin: Record<string, string> = { '.': 'dian3', '/': 'xie2 gang4', _: 'xia4 hua4 xian4', '@': 'ai4 te4', '-': 'gang4' };

/**
 * Chinese text → tone-numbered pinyin for espeak-ng's `cmn-latn-pinyin` voice (accessibility.md, Hearing:
 * Mandarin goes through pinyin, never a synthesiser's guess). "重听" → "chong2 ting1" with the override list.
 *
 * - Words are looked up with pinyin-pro's word-level dictionary, which resolves polyphonic characters
 *   (银行 yin2 hang2, 行走 xing2 zou3) and the tone changes of 一 and 不; overrides come first.
 * - ü is written v and the neutral tone 5, so the result is plain ASCII.
 * - Amounts are said as numbers (约 15 分钟 → 约十五分钟, 8:30 → 八点三十分, 50% → 百分之五十); codes,
 *   numbers of five or more digits, numbers with a leading zero and years are read digit by digit.
 * - Latin letters are spelled one capital at a time (A012 → A ling2 yi1 er4), because any Latin word the
 *   voice cannot read as pinyin makes espeak-ng switch to its English voice. A Latin word is kept whole
 *   only when the override list says so ("English": "English"); pinyin.test.ts proves those never switch.
 * - Punctuation becomes pauses: "," inside a sentence, "." at its end.
 */
export function toneNumberedPinyin(text: string, overrides: PinyinOverrides = {}, options: PinyinOptions = {}): string {
  const pieces = splitAtOverrides(text.normalize('NFKC'), overrides).flatMap((chunk) =>
    chunk.kind === 'override' ? [{ kind: 'syllables' as const, text: chunk.pinyin }] : piecesOf(numbersAsWords(chunk.text, options)),
  );
  return joinPieces(pieces);
}

type Chunk = { kind: 'override'; pinyin: string } | { kind: 'plain'; text: string };

function splitAtOverrides(text: string, overrides: PinyinOverrides): Chunk[] {
  const words = Object.keys(overrides)
    .map((word) => word.normalize('NFKC'))
    .filter((word) => word !== '')
    .sort((a, b) => b.length - a.length);
  if (words.length === 0) return [{ kind: 'plain', text }];
  const byWord = new Map(Object.entries(overrides).map(([word, reading]) => [word.normalize('NFKC'), normalisedReading(reading)]));
  // A Latin override must stand alone: "English" is not the start of "Englishman".
  const alternatives = words.map((word) => {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return `${/^[A-Za-z]/.test(word) ? '(?<![A-Za-z])' : ''}${escaped}${/[A-Za-z]$/.test(word) ? '(?![A-Za-z])' : ''}`;
  });
  const chunks: Chunk[] = [];
  let last = 0;
  for (const match of text.matchAll(new RegExp(alternatives.join('|'), 'gu'))) {
    if (match.index > last) chunks.push({ kind: 'plain', text: text.slice(last, match.index) });
    chunks.push({ kind: 'override', pinyin: byWord.get(match[0]) ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) chunks.push({ kind: 'plain', text: text.slice(last) });
  return chunks;
}

/** Override files may write ü; the voice gets v. */
export function normalisedReading(reading: string): string {
  return reading.trim().replace(/ü/g, 'v').replace(/Ü/g, 'V').replace(/\s+/g, ' ');
}

/** Clock times, percentages and amounts become Chinese numerals; everything else stays digits to be spelled. */
function numbersAsWords(text: string, options: PinyinOptions): string {
  return text
    .replace(/(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])/g, (whole, hour: string, minute: string) =>
      Number(hour) <= 24 && Number(minute) < 60 ? chineseClockTime(Number(hour), Number(minute)) : whole,
    )
    .replace(/(?<![\w.])(\d+)(?:\.(\d+))?\s*%/g, (whole, integer: string, fraction: string | undefined) =>
      isReadAsAmount(integer) ? `百分之${chineseDecimal(integer, fraction)}` : whole,
    )
    .replace(
      /(?<![A-Za-z0-9._/@-])(\d+)(?:\.(\d+))?(?![A-Za-z0-9_/@-]|\.[A-Za-z0-9])/g,
      (whole, integer: string, fraction: string | undefined, offset: number, all: string) => {
        const after = all.slice(offset + whole.length);
        const isYear = integer.length === 4 && after.trimStart().startsWith('年');
        if (!isReadAsAmount(integer) || isYear || (options.digitByDigit && !isFollowedByMeasureWord(after))) return whole;
        if (!fraction && takesLiang(integer, all.slice(0, offset), after)) return '两';
        return chineseDecimal(integer, fraction);
      },
    );
}

const token =
  /(?<han>\p{Script=Han}+)|(?<code>[A-Za-z0-9]+(?:[._/@-][A-Za-z0-9]+)*)|(?<stop>[。.!?;]+)|(?<pause>[,、:()/\-–—~…·《》“”"'‘’[\]【】〔〕「」『』]+)/gu;

function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const match of text.matchAll(token)) {
    const groups = match.groups ?? {};
    if (groups.han) pieces.push({ kind: 'syllables', text: dictionaryPinyin(groups.han) });
    else if (groups.code) pieces.push(...spelledCode(groups.code));
    else if (groups.stop) pieces.push({ kind: 'stop' });
    else if (groups.pause) pieces.push({ kind: 'pause' });
  }
  return pieces;
}

function dictionaryPinyin(han: string): string {
  return pinyin(han, { toneType: 'num', type: 'all' })
    .filter((item) => item.isZh)
    .map((item) => item.pinyin.toLowerCase().replace(/ü/g, 'v').replace(/0$/, '5'))
    .filter((reading) => syllable.test(reading))
    .join(' ');
}

/** A012 → A ling2 yi1 er4; www.gov.cn → W W W dian3 G O V dian3 C N; 2026-000123 → digits with a pause. */
function spelledCode(code: string): Piece[] {
  const parts = code.split(/([._/@-])/);
  return parts.map((part, index): Piece => {
    if (part === '-' && /^\d+$/.test(parts[index - 1] ?? '') && /^\d+$/.test(parts[index + 1] ?? '')) return { kind: 'pause' };
    const separator = separatorPinyin[part];
    if (separator) return { kind: 'syllables', text: separator };
    const spelled = [...part].map((character) => (/\d/.test(character) ? digitPinyin[Number(character)] : character.toUpperCase()));
    return { kind: 'syllables', text: spelled.join(' ') };
  });
}

function joinPieces(pieces: readonly Piece[]): string {
  let spoken = '';
  let pending: '' | ',' | '.' = '';
  for (const piece of pieces) {
    if (piece.kind === 'pause') pending = pending === '.' ? '.' : ',';
    else if (piece.kind === 'stop') pending = '.';
    else if (piece.text !== '') {
      spoken += spoken === '' ? piece.text : `${pending} ${piece.text}`;
      pending = '';
    }
  }
  // A closing quote or bracket leaves a pause that nothing follows; only a full stop is kept.
  return pending === '.' && spoken !== '' ? `${spoken}.` : spoken;
}
