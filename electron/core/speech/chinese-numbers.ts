/**
 * How numbers are said in Mandarin. Quantities ("约 15 分钟") become Chinese numerals, which then go
 * through the pinyin dictionary like any other word so 一 and 两 get their tone changes; codes and
 * reference numbers are read one digit at a time (accessibility.md, Hearing: A012 is "A 零 一 二").
 */

const digitHanzi = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const placeHanzi = ['', '十', '百', '千'] as const;

/** Each digit's own reading, with its citation tone: read digit by digit, 一 never changes tone. */
export const digitPinyin = ['ling2', 'yi1', 'er4', 'san1', 'si4', 'wu3', 'liu4', 'qi1', 'ba1', 'jiu3'] as const;

/** Measure words and units: a number before one is an amount (15 分钟), and a lone 2 before one is 两 (两个, 两项). */
const measureWords = new Set([...'个项位分小天次张份人年周月本件种点块元岁层间家条秒倍']);

export function isFollowedByMeasureWord(after: string): boolean {
  return measureWords.has(after.trimStart().charAt(0));
}

/** Up to four digits with no leading zero are read as an amount; longer runs are numbers to key in. */
export function isReadAsAmount(digits: string): boolean {
  return /^(0|[1-9]\d{0,3})$/.test(digits);
}

/** 0–9999 in Chinese numerals: 15 → 十五, 105 → 一百零五, 1050 → 一千零五十. */
export function chineseAmount(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 9999) throw new RangeError(`chineseAmount: ${value} is out of range`);
  if (value === 0) return digitHanzi[0];
  const digits = String(value).split('').map(Number);
  let spoken = '';
  let zeroPending = false;
  digits.forEach((digit, index) => {
    const place = placeHanzi[digits.length - 1 - index] ?? '';
    if (digit === 0) {
      zeroPending = spoken !== '';
      return;
    }
    spoken += (zeroPending ? digitHanzi[0] : '') + digitHanzi[digit] + place;
    zeroPending = false;
  });
  // 10–19 are said 十…, not 一十….
  return value >= 10 && value <= 19 ? spoken.slice(1) : spoken;
}

export function chineseDigits(digits: string): string {
  return [...digits].map((digit) => digitHanzi[Number(digit)] ?? '').join('');
}

/** An amount with an optional decimal part: 1.5 → 一点五. */
export function chineseDecimal(integer: string, fraction: string | undefined): string {
  const whole = chineseAmount(Number(integer));
  return fraction ? `${whole}点${chineseDigits(fraction)}` : whole;
}

/** 8:30 → 八点三十分, 12:00 → 十二点, 2:05 → 两点零五分. */
export function chineseClockTime(hour: number, minute: number): string {
  const hours = hour === 2 ? '两' : chineseAmount(hour);
  if (minute === 0) return `${hours}点`;
  return `${hours}点${minute < 10 ? digitHanzi[0] : ''}${chineseAmount(minute)}分`;
}

/** 2 before a measure word is 两, except as an ordinal (第2项 is 第二项). */
export function takesLiang(digits: string, before: string, after: string): boolean {
  return digits === '2' && !before.trimEnd().endsWith('第') && isFollowedByMeasureWord(after);
}
