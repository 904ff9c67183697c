import { describe, expect, test } from 'vitest';
import { segmentPinyin, syllablesFrom } from './segment.ts';

const syllables = syllablesFrom(['zhang', 'zhan', 'zha', 'san', 'sa', 'fang', 'fan', 'an', 'gan', 'xian', 'xi', 'a', 'e']);

describe('segmentPinyin', () => {
  test('splits syllables typed without breaks, longest first', () => {
    expect(segmentPinyin('zhangsan', syllables)).toEqual(['zhang', 'san']);
    expect(segmentPinyin('xian', syllables)).toEqual(['xian']);
  });

  test('backs off to a shorter syllable when the rest would not split', () => {
    expect(segmentPinyin('fangan', syllables)).toEqual(['fang', 'an']);
    expect(segmentPinyin('xiane', syllables)).toEqual(['xian', 'e']);
    expect(segmentPinyin('zhangane', syllables)).toEqual(['zhang', 'an', 'e']);
  });

  test('the last part may be unfinished', () => {
    expect(segmentPinyin('zh', syllables)).toEqual(['zh']);
    expect(segmentPinyin('zhangs', syllables)).toEqual(['zhang', 's']);
  });

  test('letters that are not pinyin give undefined', () => {
    expect(segmentPinyin('q', syllables)).toBeUndefined();
    expect(segmentPinyin('zhangq', syllables)).toBeUndefined();
    expect(segmentPinyin('', syllables)).toEqual([]);
  });
});
