import { describe, expect, test } from 'vitest';
import { createKioskI18n } from '../../../renderer/i18n/create.ts';
import { noticeText, slotText } from './slot-text.ts';

const i18n = createKioskI18n();
const t = i18n.t.bind(i18n);

describe('saying a half-day', () => {
  test('as residents say it, in both languages', () => {
    expect(slotText(t, { date: '2026-12-01', halfDay: 'morning' }, 'zh-CN')).toBe('12月1日 星期二 上午');
    expect(slotText(t, { date: '2026-12-01', halfDay: 'afternoon' }, 'en')).toBe('Tuesday 1 December, afternoon');
  });

  test('what the resident is told of a move or a cancellation', () => {
    const at = '2026-11-27T09:00:00.000Z';
    expect(noticeText(t, { kind: 'moved', from: { date: '2026-11-30', halfDay: 'morning' }, to: { date: '2026-12-01', halfDay: 'afternoon' }, at }, 'zh-CN')).toBe(
      '您的预约已从 11月30日 星期一 上午 改到 12月1日 星期二 下午。',
    );
    expect(noticeText(t, { kind: 'cancelled', slot: { date: '2026-11-30', halfDay: 'morning' }, at }, 'en')).toBe(
      'Staff have cancelled your appointment on Monday 30 November, morning. If you have questions, ask the hall staff.',
    );
  });
});
