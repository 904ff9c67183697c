import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SpeechItem } from '../voice/speech-player.ts';
import { BoardAnnouncer } from './announcer.ts';
import type { AnnouncementPlayer } from './announcer.ts';

/** A player that is busy from the moment it is asked to speak until the test says it has finished. */
class FakePlayer implements AnnouncementPlayer {
  state = 'idle';
  spoken: string[] = [];
  speak(items: readonly SpeechItem[]): void {
    this.spoken.push(items.map((item) => ('id' in item ? item.id : item.text)).join(' '));
    this.state = 'playing';
  }
  finish(): void {
    this.state = 'idle';
  }
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the board announces calls one after another', () => {
  test('a call that arrives during another waits for it to end, and is then said in full', () => {
    const player = new FakePlayer();
    const announcer = new BoardAnnouncer(player);
    announcer.announce([{ text: 'A001' }], 'zh-CN');
    announcer.announce([{ text: 'A002' }], 'zh-CN');
    announcer.announce([{ text: 'A003' }], 'zh-CN');
    expect(player.spoken).toEqual(['A001']);
    vi.advanceTimersByTime(1000);
    expect(player.spoken).toEqual(['A001']);
    player.finish();
    vi.advanceTimersByTime(300);
    expect(player.spoken).toEqual(['A001', 'A002']);
    player.finish();
    vi.advanceTimersByTime(300);
    expect(player.spoken).toEqual(['A001', 'A002', 'A003']);
  });

  test('after the last one it stops looking, and a later call is said at once', () => {
    const player = new FakePlayer();
    const announcer = new BoardAnnouncer(player);
    announcer.announce([{ text: 'A001' }], 'zh-CN');
    player.finish();
    vi.advanceTimersByTime(300);
    expect(vi.getTimerCount()).toBe(0);
    announcer.announce([{ text: 'A002' }], 'zh-CN');
    expect(player.spoken).toEqual(['A001', 'A002']);
  });
});
