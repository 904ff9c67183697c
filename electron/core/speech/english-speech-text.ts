const digitWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** After one of these a number is an amount ("about 15 minutes"), even when reading digit by digit. */
const unitAfterAmount = /^\s*(%|(minute|hour|second|day|week|month|year|person|people|item|time|yuan|window)s?\b)/i;

/**
 * English text for espeak-ng's `en` voice, which reads words and amounts well by itself. Codes are spelled
 * one character at a time with a pause between (A012 → "A, zero, one, two"); commas keep espeak from
 * reading a lone "A" as the article. Numbers of five or more digits or with a leading zero are codes too,
 * and with `digitByDigit` so is every number that is not followed by a unit. Text with no word, number
 * or symbol in it ("  ", "…") gives nothing to say.
 */
export function englishSpeechText(text: string, options: { digitByDigit?: boolean } = {}): string {
  if (!/[\p{L}\p{N}\p{S}]/u.test(text)) return '';
  return text
    .normalize('NFKC')
    .replace(/(?<![\w.:])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w]|[.:]\d)/g, (word, offset: number, all: string) =>
      isCode(word, all.slice(offset + word.length), options.digitByDigit ?? false) ? spelled(word) : word,
    );
}

function isCode(word: string, after: string, digitByDigit: boolean): boolean {
  if (!/\d/.test(word)) return false;
  if (/[A-Za-z]/.test(word) || word.includes('-')) return true;
  if (word.length >= 5 || (word.startsWith('0') && word.length > 1)) return true;
  return digitByDigit && !unitAfterAmount.test(after);
}

function spelled(code: string): string {
  return code
    .split('-')
    .map((part) => [...part].map((character) => (/\d/.test(character) ? digitWords[Number(character)] : character.toUpperCase())).join(', '))
    .join(', ');
}
