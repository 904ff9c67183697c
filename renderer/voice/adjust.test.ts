import { describe, expect, test } from 'vitest';
import { defaultSessionSettings } from '../a11y/session-settings.tsx';
import { stepSetting } from './adjust.ts';

describe('stepSetting', () => {
  test('volume moves in 10 % steps and stops at 0 and 100', () => {
    expect(stepSetting(defaultSessionSettings, 'volume', 1)).toEqual({ volume: 60 });
    expect(stepSetting({ ...defaultSessionSettings, volume: 100 }, 'volume', 1)).toEqual({ volume: 100 });
    expect(stepSetting({ ...defaultSessionSettings, volume: 0 }, 'volume', -1)).toEqual({ volume: 0 });
  });

  test('speed moves through the 7 steps from 0.5× to 2×, starting at 0.85×', () => {
    expect(defaultSessionSettings.speed).toBe(0.85);
    expect(stepSetting(defaultSessionSettings, 'speed', -1)).toEqual({ speed: 0.7 });
    expect(stepSetting({ ...defaultSessionSettings, speed: 2 }, 'speed', 1)).toEqual({ speed: 2 });
    expect(stepSetting({ ...defaultSessionSettings, speed: 0.5 }, 'speed', -1)).toEqual({ speed: 0.5 });
  });
});
