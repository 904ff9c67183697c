import { describe, expect, test } from 'vitest';
import type { ReferenceError } from './reference.ts';
import { generateReference, referenceCheckCharacter, referenceForSpeech, referenceLetters, validateReference } from './reference.ts';

/** A repeatable random source (mulberry32), so a failure can be replayed. */
function seededRandom(seed: number): (max: number) => number {
  let state = seed;
  return (max) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  };
}

const compact = (reference: string) => reference.replaceAll('-', '');
const random = seededRandom(2026);
const samples = Array.from({ length: 200 }, () => generateReference(random));
const typeable = [...referenceLetters, ...'0123456789'];

describe('referenceCheckCharacter (ISO 7064 MOD 37-2)', () => {
  test.each([
    ['G123489654321', 'Y'], // a published MOD 37-2 example
    ['KA482913', '5'],
    ['KA482916', '*'], // never issued: its check character is not a digit
  ])('%s → %s', (body, check) => {
    expect(referenceCheckCharacter(body)).toBe(check);
  });
});

describe('generateReference', () => {
  test('gives two letters, six digits and a check digit, grouped for reading, that validate', () => {
    for (const reference of [...samples, generateReference()]) {
      expect(reference).toMatch(/^[AFHJKLMRUWXY]{2}-\d{6}-\d$/);
      expect(validateReference(reference)).toEqual({ ok: true, reference });
    }
  });

  test('uses every allowed letter and never a confusable one', () => {
    const lettersSeen = new Set(samples.flatMap((reference) => [...reference.slice(0, 2)]));
    expect([...lettersSeen].sort().join('')).toBe(referenceLetters);
  });

  test('a stuck random source is a bug, not a hang', () => {
    expect(generateReference(() => 0)).toBe('AA-000000-9');
    expect(() => generateReference(() => 1)).toThrow(); // FF111111 → check Z, for ever
  });
});

describe('validateReference', () => {
  test('finds every single wrong character', () => {
    for (const reference of samples.slice(0, 40)) {
      const characters = [...compact(reference)];
      characters.forEach((original, index) => {
        for (const replacement of typeable.filter((character) => character !== original)) {
          const typo = characters.with(index, replacement).join('');
          expect(validateReference(typo).ok, `${reference} with ${replacement} at ${index}`).toBe(false);
        }
      });
    }
  });

  test('finds every swap of two neighbouring characters', () => {
    for (const reference of samples) {
      const characters = [...compact(reference)];
      for (let index = 0; index < characters.length - 1; index += 1) {
        const [left, right] = [characters[index] ?? '', characters[index + 1] ?? ''];
        if (left === right) continue;
        const swapped = characters.with(index, right).with(index + 1, left).join('');
        expect(validateReference(swapped).ok, `${reference} swapped at ${index}`).toBe(false);
      }
    }
  });

  test('a wrong digit is reported as a checksum failure, so the kiosk can say "please check the number"', () => {
    expect(validateReference('KA-482913-4')).toEqual({ ok: false, error: 'checksum' });
    expect(validateReference('KA-482193-5')).toEqual({ ok: false, error: 'checksum' });
  });

  test.each([
    ['dashes', 'KA-482913-5'],
    ['no dashes', 'KA4829135'],
    ['lower case', 'ka-482913-5'],
    ['spaces as read back', ' k a 482 913 5 '],
    ['full-width characters from a Chinese input method', 'ＫＡ－４８２９１３－５'],
    ['an ideographic space', 'KA\u3000482913\u30005'],
  ])('accepts %s', (_name, input) => {
    expect(validateReference(input)).toEqual({ ok: true, reference: 'KA-482913-5' });
  });

  test.each<[string, string, ReferenceError]>([
    ['an empty entry', '', 'length'],
    ['a missing digit', 'KA-48291-5', 'length'],
    ['an extra digit', 'KA-4829133-5', 'length'],
    ['the letter O for zero', 'KA-482O13-5', 'characters'],
    ['a confusable letter', 'KB-482913-5', 'characters'],
    ['a digit where a letter goes', 'K4-482913-5', 'characters'],
    ['the check character MOD 37-2 gives but the kiosk never issues', 'KA-482916-*', 'characters'],
  ])('rejects %s as %s', (_name, input, error) => {
    expect(validateReference(input)).toEqual({ ok: false, error });
  });
});

describe('referenceForSpeech', () => {
  test('reads the reference one character at a time, without the dashes', () => {
    expect(referenceForSpeech('KA-482913-5')).toEqual(['K', 'A', '4', '8', '2', '9', '1', '3', '5']);
  });
});
