import { describe, expect, test } from 'vitest';
import { hasSpaceKey, modesFor, typingRows } from './layout.ts';

describe('keyboard layout', () => {
  test('a name: Chinese with · and no space, or Latin with space, hyphen and apostrophe; never numbers', () => {
    expect(modesFor('name')).toEqual(['pinyin', 'letters']);
    expect(typingRows('name', 'pinyin', 'zh-CN').join('')).toBe('abcdefghijklmnopqrst·uvwxyz');
    expect(hasSpaceKey('name', 'pinyin')).toBe(false);
    expect(typingRows('name', 'letters', 'zh-CN').join('')).toBe("abcdefghijklmnopqrst-uvwxyz'");
    expect(hasSpaceKey('name', 'letters')).toBe(true);
  });

  test('short text: letters, and numbers with punctuation in the language of the text', () => {
    expect(modesFor('short-text')).toEqual(['pinyin', 'letters', 'digits']);
    expect(typingRows('short-text', 'digits', 'zh-CN').join('')).toBe('1234567890，。、？！-：');
    expect(typingRows('short-text', 'digits', 'en').join('')).toBe('1234567890,.?!-:');
  });

  test('no row is wider than seven keys, so the keyboard fits beside the question at the largest text size', () => {
    for (const kind of ['name', 'short-text'] as const) {
      for (const mode of modesFor(kind)) for (const row of typingRows(kind, mode, 'zh-CN')) expect([...row].length).toBeLessThanOrEqual(7);
    }
  });
});
