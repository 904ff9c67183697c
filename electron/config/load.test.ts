import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledConfigFile, demoConfig, productServices, shippedSeeds } from '../testing/kiosk-files.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { checkConfigText, loadKioskConfig } from './load.ts';
import type { ConfigProblem } from './problems.ts';
import type { KioskConfig } from './schema.ts';

/** Lets a test put a value of the wrong kind where the schema forbids it. */
const loosely = (value: object) => value as Record<string, unknown>;

const tempDir = useTempDir();
const seeds = shippedSeeds();

function withChange(change: (config: KioskConfig) => void): string {
  const config = demoConfig() as unknown as KioskConfig;
  change(config);
  return JSON.stringify(config, null, 2);
}

function problemsIn(text: string): ConfigProblem[] {
  const check = checkConfigText(text, seeds);
  return check.ok ? [] : check.problems;
}

describe('checkConfigText', () => {
  test('accepts the demo hall', () => {
    expect(checkConfigText(readFileSync(bundledConfigFile, 'utf8'), seeds).ok).toBe(true);
  });

  test.each<[string, string, ConfigProblem[]]>([
    ['a syntax error', '{\n  "hall": {\n    "name": ,\n', [{ kind: 'syntax', path: '(whole file)', line: 3, column: 13 }]],
    [
      'a missing field',
      withChange((config) => delete loosely(config.hall).dutyPhone),
      [{ kind: 'missing', path: 'hall.dutyPhone', expected: 'string' }],
    ],
    [
      'a wrong type',
      withChange((config) => (loosely(config.timing).idleWarningAfterSeconds = 'two minutes')),
      [{ kind: 'wrongType', path: 'timing.idleWarningAfterSeconds', expected: 'number' }],
    ],
    [
      'an unknown service',
      withChange((config) => config.services.enabled.push('fishing-licence')),
      [{ kind: 'unknownService', path: `services.enabled[${productServices.length}]`, service: 'fishing-licence' }],
    ],
    [
      'a misspelt setting',
      withChange((config) => (loosely(config.hall).dutyPhoen = '123')),
      [{ kind: 'unknownField', path: 'hall', field: 'dutyPhoen' }],
    ],
    [
      'a county figure a service needs',
      withChange((config) => delete config.countyFigures.highAgeAllowanceStartAge),
      [{ kind: 'missingFigure', path: 'countyFigures.highAgeAllowanceStartAge', figure: 'highAgeAllowanceStartAge', service: 'high-age-allowance' }],
    ],
    [
      'places for a service that books a time',
      withChange((config) => delete config.appointments?.services['home-visit']),
      [{ kind: 'missingCapacity', path: 'appointments.services.home-visit', service: 'home-visit' }],
    ],
    [
      'places for a service that does not exist',
      withChange((config) => config.appointments && (config.appointments.services['fishing-licence'] = { morning: 1, afternoon: 1 })),
      [{ kind: 'unknownService', path: 'appointments.services.fishing-licence', service: 'fishing-licence' }],
    ],
    [
      'a closing day that is not a date',
      withChange((config) => config.appointments?.closedDays.push({ date: '2027-02-30' })),
      [{ kind: 'badValue', path: 'appointments.closedDays[6].date', detail: 'a date such as 2026-10-01' }],
    ],
  ])('reports %s as path and problem', (_name, text, expected) => {
    expect(problemsIn(text)).toEqual(expected);
  });

  test('reports a value out of range with the rule it breaks', () => {
    const [problem] = problemsIn(withChange((config) => (config.timing.idleWarningAfterSeconds = 5)));
    expect(problem).toMatchObject({ kind: 'badValue', path: 'timing.idleWarningAfterSeconds' });
    expect(problem?.kind === 'badValue' && problem.detail).toMatch(/30/);
  });
});

describe('loadKioskConfig', () => {
  function paths(dir: string, requestedText?: string) {
    const requested = join(dir, 'hall.json');
    if (requestedText !== undefined) writeFileSync(requested, requestedText);
    return { requested, lastGood: join(dir, 'last-good-config.json'), bundledDefault: bundledConfigFile };
  }

  test('uses a good file and remembers it as the last good one', () => {
    const dir = tempDir();
    const good = withChange((config) => (config.hall.dutyPhone = '0394-1234567'));
    const loaded = loadKioskConfig(paths(dir, good), seeds);
    expect(loaded.source).toBe('file');
    expect(loaded.problems).toEqual([]);
    expect(loaded.config.hall.dutyPhone).toBe('0394-1234567');
    expect(readFileSync(join(dir, 'last-good-config.json'), 'utf8')).toBe(good);
  });

  test('falls back to the last good config when the file breaks', () => {
    const dir = tempDir();
    loadKioskConfig(paths(dir, withChange((config) => (config.hall.dutyPhone = '0394-1234567'))), seeds);
    const broken = loadKioskConfig(paths(dir, '{ "hall": '), seeds);
    expect(broken.source).toBe('last-good');
    expect(broken.config.hall.dutyPhone).toBe('0394-1234567');
    expect(broken.problems).toEqual([{ kind: 'syntax', path: '(whole file)', line: 1, column: 11 }]);
  });

  test('falls back to the bundled default when there is no last good config', () => {
    const dir = tempDir();
    const loaded = loadKioskConfig(paths(dir, withChange((config) => (loosely(config.languages).default = 'fr'))), seeds);
    expect(loaded.source).toBe('bundled-default');
    expect(loaded.config).toEqual(JSON.parse(readFileSync(bundledConfigFile, 'utf8')));
    expect(loaded.problems[0]).toMatchObject({ kind: 'badValue', path: 'languages.default' });
    expect(existsSync(join(dir, 'last-good-config.json'))).toBe(false);
  });

  test('reports a missing file and still starts', () => {
    const loaded = loadKioskConfig(paths(tempDir()), seeds);
    expect(loaded.source).toBe('bundled-default');
    expect(loaded.problems).toEqual([{ kind: 'unreadable', path: loaded.requestedPath, reason: 'ENOENT' }]);
  });
});
