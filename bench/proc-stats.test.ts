import { expect, test } from 'vitest';
import { clockTicksPerSecond, cpuSeconds, cpuTicksFromStat, residentMegabytes } from './proc-stats.ts';

test('utime and stime are read after the command name, whatever it holds', () => {
  const stat = '4242 (node (my) server) S 1 4242 4242 0 -1 4194560 2093 0 0 0 731 214 0 0 20 0 11 0 5170 1080725504 17305';
  expect(cpuTicksFromStat(stat)).toBe(731 + 214);
});

test('reads this process: it has used some CPU and holds some memory', () => {
  expect(clockTicksPerSecond).toBeGreaterThan(0);
  let spin = 0;
  for (let index = 0; index < 5e6; index += 1) spin += index;
  expect(spin).toBeGreaterThan(0);
  expect(cpuSeconds(process.pid)).toBeGreaterThan(0);
  expect(residentMegabytes(process.pid)).toBeGreaterThan(10);
});
