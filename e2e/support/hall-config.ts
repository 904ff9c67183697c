import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes a copy of the demo hall's config whose hall is open around the clock, so a help call finds staff
 * whenever the specs or the screenshots run, and console changes never touch the repository's file.
 */
export function writeAlwaysOpenHallConfig(file: string, demoConfigFile = 'kiosk-config/default.json'): { hall: { dutyPhone: string } } {
  const config = JSON.parse(readFileSync(demoConfigFile, 'utf8')) as { hall: { openingHours: unknown; dutyPhone: string } };
  config.hall.openingHours = [{ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '23:59' }];
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  return config;
}
