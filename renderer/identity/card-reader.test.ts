import { describe, expect, test } from 'vitest';
import { keyboardWedgeReader } from './card-reader.ts';
import type { IdCardReading } from './card-reader.ts';

/** A stand-in for the window: real EventTarget, real KeyboardEvent-shaped events, a controlled clock. */
function keyboard() {
  const target = new EventTarget();
  let clock = 0;
  const readings: IdCardReading[] = [];
  const prevented: string[] = [];
  const reader = keyboardWedgeReader(target as unknown as Window, () => clock);
  const stop = reader.subscribe((reading) => readings.push(reading));
  const press = (key: string, gapMs: number) => {
    clock += gapMs;
    const event = Object.assign(new Event('keydown', { cancelable: true }), { key });
    target.dispatchEvent(event);
    if (event.defaultPrevented) prevented.push(key);
  };
  return { press, readings, prevented, stop };
}

describe('the keyboard-wedge card reader', () => {
  test('takes a number typed as fast as a reader types it, and keeps its Enter', () => {
    const { press, readings, prevented } = keyboard();
    for (const key of '41010219460315123x') press(key, 4);
    press('Enter', 4);
    expect(readings).toEqual([{ idNumber: '41010219460315123X' }]);
    expect(prevented).toEqual(['Enter']);
  });

  test('ignores a resident typing the same number at a human pace, and leaves their Enter alone', () => {
    const { press, readings, prevented } = keyboard();
    for (const key of '41010219460315123X') press(key, 180);
    press('Enter', 300);
    expect(readings).toEqual([]);
    expect(prevented).toEqual([]);
  });

  test('ignores a fast burst that is not a whole ID number', () => {
    const { press, readings } = keyboard();
    for (const key of '4101021946') press(key, 4);
    press('Enter', 4);
    expect(readings).toEqual([]);
  });

  test('starts afresh after a pause, so stray keys before a read do not spoil it', () => {
    const { press, readings } = keyboard();
    press('7', 0);
    press('3', 500);
    for (const [index, key] of [...'11010519491231002X'].entries()) press(key, index === 0 ? 900 : 5);
    press('Enter', 5);
    expect(readings).toEqual([{ idNumber: '11010519491231002X' }]);
  });

  test('stops listening when unsubscribed', () => {
    const { press, readings, stop } = keyboard();
    stop();
    for (const key of '11010519491231002X') press(key, 4);
    press('Enter', 4);
    expect(readings).toEqual([]);
  });
});
