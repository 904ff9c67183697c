import { createSecretKey, randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { idNumberIndex } from './blind-index.ts';

const key = createSecretKey(randomBytes(32));

describe('the ID number blind index', () => {
  test('is the same for the same number however it was typed', () => {
    expect(idNumberIndex(key, '11010119500101123x')).toBe(idNumberIndex(key, ' １１０１０１１９５００１０１１２３Ｘ'));
  });

  test('differs between numbers and between data keys, and is not the number', () => {
    const index = idNumberIndex(key, '410102194603151231');
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(index).not.toBe(idNumberIndex(key, '410102194603151232'));
    expect(index).not.toBe(idNumberIndex(createSecretKey(randomBytes(32)), '410102194603151231'));
  });
});
