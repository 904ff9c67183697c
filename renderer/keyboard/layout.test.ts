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

  test('four rows of at most seven keys in every mode: the keyboard fits beside the question and never moves', () => {
    for (const kind of ['name', 'short-text'] as const) {
      for (const mode of modesFor(kind)) {
        const rows = typingRows(kind, mode, 'zh-CN');
        expect(rows).toHaveLength(4);
        for (const row of rows) expect([...row].length).toBeLessThanOrEqual(7);
      }
    }
  });
});
