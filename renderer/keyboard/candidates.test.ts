import { describe, expect, test } from 'vitest';
import { pinyinCandidates, typedSyllables } from './candidates.ts';

const forText = { surnamesFirst: false };
const forSurname = { surnamesFirst: true };

describe('pinyin candidates', () => {
  test('a surname: "wang" offers 王 first, then the other common surnames read wang', () => {
    const { characters, letters } = pinyinCandidates('wang', forSurname);
    expect(characters[0]).toBe('王');
    expect(characters.indexOf('汪')).toBe(1);
    expect(letters).toBe(4);
  });

  test('surnames that share a syllable follow the 2020 ranking: 蒋 姜 江, 徐 许; 曾 first for zeng', () => {
    expect(pinyinCandidates('jiang', forSurname).characters.slice(0, 3)).toEqual(['蒋', '姜', '江']);
    expect(pinyinCandidates('xu', forSurname).characters.slice(0, 2)).toEqual(['徐', '许']);
    expect(pinyinCandidates('zeng', forSurname).characters[0]).toBe('曾');
    expect(pinyinCandidates('li', forSurname).characters[0]).toBe('李');
  });

  test('surnames come first only for their reading as a surname: 孙 is sun, not xun; 万 is wan, not mo', () => {
    expect(pinyinCandidates('sun', forSurname).characters[0]).toBe('孙');
    expect(pinyinCandidates('xun', forSurname).characters[0]).not.toBe('孙');
    expect(pinyinCandidates('mo', forSurname).characters[0]).toBe('莫');
    expect(pinyinCandidates('x', forSurname).characters.slice(0, 2)).toEqual(['徐', '谢']);
  });

  test('text: "de" offers 的 first, and the same character is never offered twice', () => {
    const { characters } = pinyinCandidates('de', forText);
    expect(characters[0]).toBe('的');
    expect(new Set(characters).size).toBe(characters.length);
  });

  test('common characters come before rare ones (GB 2312 level 1 before level 2)', () => {
    const { characters } = pinyinCandidates('wang', forText);
    expect(characters.slice(0, 7)).toEqual(expect.arrayContaining(['王', '网', '望', '忘', '往']));
    expect(characters.indexOf('王')).toBeLessThan(characters.indexOf('魍'));
  });

  test('several syllables typed together: the first syllable is offered and uses up only its letters', () => {
    const { characters, letters } = pinyinCandidates('zhangsan', forSurname);
    expect(characters[0]).toBe('张');
    expect(letters).toBe(5);
    expect(pinyinCandidates('san', forText).characters.slice(0, 7)).toContain('三');
  });

  test('the start of a syllable offers the commonest characters of every syllable it begins', () => {
    const { characters, letters } = pinyinCandidates('zh', forText);
    expect(characters.slice(0, 7)).toEqual(expect.arrayContaining(['这', '中']));
    expect(letters).toBe(2);
    expect(pinyinCandidates('zh', forSurname).characters.slice(0, 3)).toEqual(['张', '赵', '周']);
  });

  test('ü typed as v, or as u where nothing else is meant', () => {
    expect(pinyinCandidates('lv', forText).characters).toContain('绿');
    expect(pinyinCandidates('nv', forText).characters[0]).toBe('女');
    expect(pinyinCandidates('lue', forText).characters).toContain('略');
    expect(pinyinCandidates('nu', forText).characters).toContain('女');
  });

  test('what was typed is shown syllable by syllable, as it will be read', () => {
    expect(typedSyllables('zhangsan')).toEqual(['zhang', 'san']);
    expect(typedSyllables('xiaom')).toEqual(['xiao', 'm']);
    expect(typedSyllables('zhangv')).toEqual(['zhangv']);
  });

  test('letters that are not pinyin offer nothing', () => {
    expect(pinyinCandidates('', forText)).toEqual({ characters: [], letters: 0 });
    expect(pinyinCandidates('iu', forText)).toEqual({ characters: [], letters: 0 });
    expect(pinyinCandidates('wangv', forText).characters).toEqual([]);
  });
});
