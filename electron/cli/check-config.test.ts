import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundledConfigFile, demoConfig, repositoryRoot } from '../testing/kiosk-files.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();
const tsx = resolve(repositoryRoot, 'node_modules/.bin/tsx');

function checkConfig(file: string, lang: string) {
  return spawnSync(tsx, ['electron/cli/check-config.ts', file, '--lang', lang], { cwd: repositoryRoot, encoding: 'utf8' });
}

describe('npm run check-config', () => {
  test('passes the demo hall', () => {
    const result = checkConfig(bundledConfigFile, 'en');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Everything is working.');
    expect(result.status).toBe(0);
  });

  test('names each problem with where, what and how to fix, and exits non-zero', () => {
    const config = demoConfig() as { hall: Record<string, unknown>; services: { enabled: string[] } };
    delete config.hall.dutyPhone;
    const unknownAt = config.services.enabled.push('fishing-licence') - 1;
    const file = join(tempDir(), 'hall.json');
    writeFileSync(file, JSON.stringify(config));

    const english = checkConfig(file, 'en');
    expect(english.status).toBe(1);
    expect(english.stderr).toContain(`${file} hall.dutyPhone`);
    expect(english.stderr).toContain('What is wrong: This setting is missing.');
    expect(english.stderr).toContain('How to fix it: Add this setting, following the demo file kiosk-config/default.json.');
    expect(english.stderr).toContain(`${file} services.enabled[${unknownAt}]`);
    expect(english.stderr).toContain('There is no service called “fishing-licence”.');

    const chinese = checkConfig(file, 'zh-CN');
    expect(chinese.status).toBe(1);
    expect(chinese.stderr).toContain('问题: 缺少这一项。');
    expect(chinese.stderr).toContain('没有叫“fishing-licence”的事项。');
  });

  test('reports a syntax error by line and column', () => {
    const file = join(tempDir(), 'hall.json');
    writeFileSync(file, '{\n  "hall": {,\n}');
    const result = checkConfig(file, 'en');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("The file's format is broken near line 2, character 12.");
  });
});
