import { chmodSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledConfigFile, shippedSeeds } from '../testing/kiosk-files.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { checkConfigFile } from './load.ts';
import { writeConfigChange } from './write.ts';

const tempDir = useTempDir();
const seeds = shippedSeeds();

function hallFiles() {
  const dir = tempDir();
  const requested = join(dir, 'hall.json');
  writeFileSync(requested, readFileSync(bundledConfigFile, 'utf8'));
  return { dir, paths: { requested, lastGood: join(dir, 'last-good-config.json') } };
}

const timing = { idleWarningAfterSeconds: 180, idleCountdownSeconds: 30, idleExtensions: 10, doubleTapGuardMs: 500 };

describe('writeConfigChange', () => {
  test('replaces only the changed section, keeping $schema, order and 2-space JSON', () => {
    const { paths } = hallFiles();
    const before = readFileSync(paths.requested, 'utf8');
    const result = writeConfigChange(paths, seeds, { timing });
    expect(result).toMatchObject({ ok: true, config: { timing } });
    const after = readFileSync(paths.requested, 'utf8');
    expect(after).toBe(before.replace('"idleWarningAfterSeconds": 120', '"idleWarningAfterSeconds": 180'));
    expect(after.startsWith('{\n  "$schema": "./schema.json",\n')).toBe(true);
  });

  test('keeps the result as the last good config too', () => {
    const { paths } = hallFiles();
    writeConfigChange(paths, seeds, { timing });
    expect(readFileSync(paths.lastGood, 'utf8')).toBe(readFileSync(paths.requested, 'utf8'));
  });

  test('refuses a change that breaks the config and leaves the file as it was', () => {
    const { dir, paths } = hallFiles();
    const before = readFileSync(paths.requested, 'utf8');
    const result = writeConfigChange(paths, seeds, { services: { enabled: ['queue-ticket', 'fishing-licence'] } });
    expect(result).toEqual({ ok: false, problems: [{ kind: 'unknownService', path: 'services.enabled[1]', service: 'fishing-licence' }] });
    expect(readFileSync(paths.requested, 'utf8')).toBe(before);
    expect(existsSync(paths.lastGood)).toBe(false);
    expect(readdirSync(dir)).toEqual(['hall.json']);
  });

  test('refuses when the file on disk is already broken', () => {
    const { paths } = hallFiles();
    writeFileSync(paths.requested, '{ "hall": ');
    expect(writeConfigChange(paths, seeds, { timing })).toMatchObject({ ok: false, problems: [{ kind: 'syntax' }] });
    expect(readFileSync(paths.requested, 'utf8')).toBe('{ "hall": ');
  });

  test('keeps the file readable only by its owner when it was', () => {
    const { paths } = hallFiles();
    chmodSync(paths.requested, 0o600);
    writeConfigChange(paths, seeds, { timing });
    expect(statSync(paths.requested).mode & 0o777).toBe(0o600);
    expect(checkConfigFile(paths.requested, seeds).ok).toBe(true);
  });
});
