import { describe, expect, test } from 'vitest';
import { checkAnswer } from '../applications/answers.ts';
import { parseSlotAnswer, slotAnswer } from './slot-answer.ts';

describe('a slot answer', () => {
  test('reads back the half-day it was made from', () => {
    expect(parseSlotAnswer(slotAnswer({ date: '2026-12-01', halfDay: 'afternoon' }))).toEqual({ date: '2026-12-01', halfDay: 'afternoon' });
  });

  test.each(['2026-12-01', '2026-02-30/morning', '2026-12-01/evening', 20261201])('%s is not a slot', (value) => {
    expect(parseSlotAnswer(value)).toBeUndefined();
    expect(checkAnswer({ id: 'visitSlot', type: 'slot', question: { id: 'q', 'zh-CN': '哪天', en: 'Which day' }, optional: false }, value)).toEqual({ ok: false, error: 'not-a-choice' });
  });
});
