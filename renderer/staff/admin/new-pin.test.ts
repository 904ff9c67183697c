import { describe, expect, test } from 'vitest';
import { checkNewPin } from './new-pin.ts';

describe('a new PIN, typed twice', () => {
  test('4 to 8 digits, the same both times', () => {
    expect(checkNewPin('1357', '1357')).toBe('ok');
    expect(checkNewPin('13572468', '13572468')).toBe('ok');
  });

  test('too short, too long or not digits', () => {
    expect(checkNewPin('135', '135')).toBe('format');
    expect(checkNewPin('135724680', '135724680')).toBe('format');
    expect(checkNewPin('13a7', '13a7')).toBe('format');
  });

  test('typed differently the second time', () => {
    expect(checkNewPin('1357', '1358')).toBe('mismatch');
  });
});
