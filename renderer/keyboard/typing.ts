import type { AnswerKind } from './layout.ts';

/** Seven characters: one row of keys, so candidates never need their own paging row. */
export const candidatesPerPage = 7;

/** Adds text at the end, unless the answer would grow past its limit (characters, not UTF-16 units). */
export function appendWithin(value: string, text: string, maxLength: number | undefined): string {
  if (maxLength !== undefined && [...value].length + [...text].length > maxLength) return value;
  return value + text;
}

/** The answer without its last character (a whole character, even outside the basic plane). */
export function withoutLastCharacter(value: string): string {
  return [...value].slice(0, -1).join('');
}

/** Whether a Latin letter typed next is a capital: each word of a name, the start of a sentence in text. */
export function capitalNext(value: string, kind: AnswerKind): boolean {
  if (kind === 'name') return value === '' || /[ '-]$/.test(value);
  return value.trim() === '' || /[.?!]\s+$/.test(value);
}
