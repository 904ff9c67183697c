import { describe, expect, test } from 'vitest';
import { appealHotlinePrompt } from './appeal-hotline-prompt.ts';

describe('what the appeal service says about the hotline', () => {
  test('names the hotline and reads its number digit by digit', () => {
    expect(appealHotlinePrompt({ hotline: '12345', dutyPhone: '0371-1234567', closed: false })).toEqual([
      { id: 'appeals.hotlineHeading' },
      { text: '12345', digitByDigit: true },
      { id: 'appeals.hotlineLine' },
    ]);
  });

  test('without a county key, sends the resident to the hotline and the duty phone', () => {
    expect(appealHotlinePrompt({ hotline: '12345', dutyPhone: '0371-1234567', closed: true })).toEqual([
      { id: 'appeals.closed' },
      { text: '12345', digitByDigit: true },
      { id: 'appeals.closedDutyPhone' },
      { text: '0371-1234567', digitByDigit: true },
    ]);
  });
});
