import { describe, expect, test } from 'vitest';
import { displayWidth, wrapToWidth } from './display-width.ts';

describe('displayWidth', () => {
  test.each([
    ['A012', 4],
    ['请到窗口办理', 12],
    ['2号窗口', 7],
    ['“高龄津贴”——', 16], // Chinese punctuation prints from the double-width font too
    ['', 0],
  ])('%s takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('wrapToWidth', () => {
  test('breaks English between words', () => {
    expect(wrapToWidth('Please bring your ID card and household register', 20)).toEqual([
      'Please bring your ID',
      'card and household',
      'register',
    ]);
  });

  test('breaks Chinese between any two characters, counting each as two columns', () => {
    expect(wrapToWidth('请携带身份证和户口簿到二号窗口办理', 16)).toEqual(['请携带身份证和户', '口簿到二号窗口办', '理']);
  });

  test('keeps a comma or full stop with the character before it, never at the start of a line', () => {
    expect(wrapToWidth('工作人员三日内联系您。', 20)).toEqual(['工作人员三日内联系', '您。']);
  });

  test('mixes Chinese and numbers, keeping a number whole', () => {
    expect(wrapToWidth('请于12月3日前到窗口', 12)).toEqual(['请于12月3日', '前到窗口']);
  });

  test('splits a word only when it is longer than a line', () => {
    expect(wrapToWidth('HN-20261127-000042', 8)).toEqual(['HN-20261', '127-0000', '42']);
  });

  test('gives one empty line for empty text, and drops spaces at line ends', () => {
    expect(wrapToWidth('', 32)).toEqual(['']);
    expect(wrapToWidth('  one   two  ', 5)).toEqual(['one', 'two']);
  });

  test('never makes a line wider than asked', () => {
    const text = '请携带 ID card 与户口簿（原件），到 2 号窗口 counter 办理。Thank you for waiting!';
    for (const columns of [8, 11, 16, 32]) {
      for (const line of wrapToWidth(text, columns)) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    }
  });
});
