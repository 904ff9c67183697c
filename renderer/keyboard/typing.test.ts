import { describe, expect, test } from 'vitest';
import { appendWithin, capitalNext, withoutLastCharacter } from './typing.ts';

describe('typing on the on-screen keyboard', () => {
  test('text is added at the end, up to the limit in characters', () => {
    expect(appendWithin('王', '明', undefined)).toBe('王明');
    expect(appendWithin('三组', '号', 3)).toBe('三组号');
    expect(appendWithin('三组号', '1', 3)).toBe('三组号');
  });

  test('delete takes off one whole character', () => {
    expect(withoutLastCharacter('王明')).toBe('王');
    expect(withoutLastCharacter('𠀀王𠀀')).toBe('𠀀王');
    expect(withoutLastCharacter('')).toBe('');
  });

  test('Latin names take a capital for each word; text at the start of each sentence', () => {
    expect(capitalNext('', 'name')).toBe(true);
    expect(capitalNext('Anna', 'name')).toBe(false);
    expect(capitalNext('Anna ', 'name')).toBe(true);
    expect(capitalNext("O'", 'name')).toBe(true);
    expect(capitalNext('', 'short-text')).toBe(true);
    expect(capitalNext('For the', 'short-text')).toBe(false);
    expect(capitalNext('Lamp broken. ', 'short-text')).toBe(true);
  });
});
