import { randomInt } from 'node:crypto';
import { referenceLetters } from './reference-letters.ts';

/**
 * The reference number a resident gets on submitting (product.md, 3): `KA-482913-5`, two letters, six
 * digits and a check digit, shown in groups and read aloud one character at a time.
 *
 * Letters: only AFHJKLMRUWXY. Left out are those that look like digits or like each other (I 1, O Q D 0,
 * Z 2, S 5, B 8, G 6, U/V), those whose names rhyme when spoken (the "ee" set B C D E G P T V Z) and N,
 * which is heard as M.
 *
 * Check character: ISO 7064 MOD 37-2 over the whole reference, with the standard's values (0-9, A=10 ...
 * Z=35). As a pure system with a prime modulus it finds every single wrong character and every swap of
 * two neighbours. (The hybrid MOD 37,36 misses some neighbour swaps, e.g. 3 and 4 in one state.) MOD 37-2
 * can also give a letter or '*'; only references whose check character is a digit are issued, so the last
 * seven characters are all digits on the keypad.
 */
export type ReferenceError = 'length' | 'characters' | 'checksum';

export type ReferenceCheck = { ok: true; reference: string } | { ok: false; error: ReferenceError };

export { referenceLetters };
const digits = '0123456789';
const iso7064Characters = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*';
const shape = /^[AFHJKLMRUWXY]{2}\d{7}$/;
const referenceLength = 9;

/** The ISO 7064 MOD 37-2 check character for the body (letters upper case). */
export function referenceCheckCharacter(body: string): string {
  let sum = 0;
  for (const character of body) sum = ((sum + iso7064Characters.indexOf(character)) * 2) % 37;
  return iso7064Characters[(38 - sum) % 37] ?? '';
}

function grouped(compact: string): string {
  return `${compact.slice(0, 2)}-${compact.slice(2, 8)}-${compact.slice(8)}`;
}

/**
 * About 39 million references can be issued. That is too few to assume uniqueness, so the caller
 * stores each under a UNIQUE constraint and asks again on a clash.
 */
export function generateReference(random: (max: number) => number = randomInt): string {
  // A usable check digit comes 10 times in 37; a source that fails a thousand times in a row is broken.
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    let body = '';
    for (let index = 0; index < 2; index += 1) body += referenceLetters[random(referenceLetters.length)] ?? '';
    for (let index = 0; index < 6; index += 1) body += digits[random(digits.length)] ?? '';
    const check = referenceCheckCharacter(body);
    if (digits.includes(check)) return grouped(body + check);
  }
  throw new Error('the random source never gave a reference with a digit as its check character');
}

/**
 * Accepts a reference as typed or read back: any case, spaces or dashes anywhere or none, and the
 * full-width characters a Chinese input method gives (NFKC).
 */
export function validateReference(input: string): ReferenceCheck {
  const compact = input.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== referenceLength) return { ok: false, error: 'length' };
  if (!shape.test(compact)) return { ok: false, error: 'characters' };
  if (referenceCheckCharacter(compact.slice(0, -1)) !== compact.slice(-1)) return { ok: false, error: 'checksum' };
  return { ok: true, reference: grouped(compact) };
}

/** One character at a time, for reading digit by digit: `KA-482913-5` → K, A, 4, 8, 2, 9, 1, 3, 5. */
export function referenceForSpeech(reference: string): string[] {
  return [...reference.toUpperCase().replace(/[^0-9A-Z]/g, '')];
}
