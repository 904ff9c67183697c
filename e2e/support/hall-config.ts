import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The double-tap guard of the specs' hall, a config change the kiosk must honour: a tenth of a second
 * instead of the default half second, which renderer/a11y/press-guard.test.ts holds. Every spec taps
 * after the guard as a resident would (support/tap.ts); at the default, waiting it out was a third of
 * the specs' time, and at 200 ms an eighth (application and enquiry specs: 66 s against 58 s).
 */
export const doubleTapGuardMs = 100;

/**
 * Issue #16.4: one worker's kiosk serves every spec it runs, a hall's day of tickets, help calls and new
 * texts in minutes, all from 127.0.0.1. Its limits are far above that; the limits themselves are held by
 * electron/server/request-limits.test.ts, and what a resident sees over one by queue-kiosk.spec.ts.
 */
export const specHallLimits = {
  tickets: { burst: 10_000, perMinute: 10_000 },
  helpCalls: { burst: 10_000, perMinute: 10_000 },
  speechCharacters: { burst: 1_000_000, perMinute: 1_000_000 },
};

/**
 * Writes a copy of the demo hall's config whose hall is open around the clock, so a help call finds staff
 * whenever the specs or the screenshots run, and console changes never touch the repository's file.
 */
export function writeAlwaysOpenHallConfig(file: string, demoConfigFile = 'kiosk-config/default.json'): { hall: { dutyPhone: string } } {
  const config = JSON.parse(readFileSync(demoConfigFile, 'utf8')) as {
    hall: { openingHours: unknown; dutyPhone: string };
    timing: { doubleTapGuardMs: number };
    limits: unknown;
  };
  config.hall.openingHours = [{ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '23:59' }];
  config.timing.doubleTapGuardMs = doubleTapGuardMs;
  config.limits = specHallLimits;
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return config;
}
