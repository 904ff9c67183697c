import { expect, test } from 'vitest';
import { maskAccount, maskMobile, maskName } from './masks.ts';

test.each([
  ['13812345678', '138****5678'],
  ['1381234', '*******'],
])('maskMobile(%s) is %s', (mobile, masked) => {
  expect(maskMobile(mobile)).toBe(masked);
});

test.each([
  ['王秀英', '王*英'],
  ['张三', '张*'],
  ['欧阳明月', '欧**月'],
  ['李', '*'],
])('maskName(%s) is %s', (name, masked) => {
  expect(maskName(name)).toBe(masked);
});

test('maskAccount keeps the last four digits', () => {
  expect(maskAccount('6222020200012345678')).toBe('****5678');
});
