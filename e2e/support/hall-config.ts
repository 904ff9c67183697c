import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The double-tap guard of the specs' hall, a config change the kiosk must honour: a tenth of a second
 * instead of the default half second, which renderer/a11y/press-guard.test.ts holds. Every spec taps
 * after the guard as a resident would (support/tap.ts); at the default, waiting it out was a third of
 * the specs' time, and at 200 ms an eighth (application and enquiry specs: 66 s against 58 s).
 */
export const doubleTapGuardMs = 100;

/**
 * Writes a copy of the demo hall's config whose hall is open around the clock, so a help call finds staff
 * whenever the specs or the screenshots run, and console changes never touch the repository's file.
 */
export function writeAlwaysOpenHallConfig(file: string, demoConfigFile = 'kiosk-config/default.json'): { hall: { dutyPhone: string } } {
  const config = JSON.parse(readFileSync(demoConfigFile, 'utf8')) as {
    hall: { openingHours: unknown; dutyPhone: string };
    timing: { doubleTapGuardMs: number };
  };
  config.hall.openingHours = [{ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '23:59' }];
  config.timing.doubleTapGuardMs = doubleTapGuardMs;
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return config;
}
