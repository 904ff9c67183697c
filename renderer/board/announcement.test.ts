import { describe, expect, test } from 'vitest';
import { callAnnouncement } from './announcement.ts';

describe('a call as the board says it', () => {
  test('请 A012 号到 1号窗口办理, the number character by character, said twice', () => {
    const once = [
      { id: 'board.announce.please' },
      { text: 'A012', digitByDigit: true },
      { id: 'board.announce.toWindow' },
      { text: '1号窗口' },
      { id: 'board.announce.handle' },
    ];
    expect(callAnnouncement({ number: 'A012', windowName: { 'zh-CN': '1号窗口', en: 'Window 1' } }, 'zh-CN')).toEqual([...once, ...once]);
  });

  test('in English, the window by its English name', () => {
    expect(callAnnouncement({ number: 'A012', windowName: { 'zh-CN': '1号窗口', en: 'Window 1' } }, 'en')).toContainEqual({ text: 'Window 1' });
  });
});
