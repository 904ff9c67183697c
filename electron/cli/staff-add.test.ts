import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkConfigFile } from '../config/load.ts';
import { verifyPin } from '../core/staff/pin.ts';
import { bundledConfigFile, repositoryRoot, shippedSeeds } from '../testing/kiosk-files.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();
const tsx = resolve(repositoryRoot, 'node_modules/.bin/tsx');

function hallFile(text = readFileSync(bundledConfigFile, 'utf8')): string {
  const file = join(tempDir(), 'my-hall.json');
  writeFileSync(file, text);
  return file;
}

function staffAdd(args: string[], pinLine: string) {
  return spawnSync(tsx, ['electron/cli/staff-add.ts', ...args], { cwd: repositoryRoot, encoding: 'utf8', input: `${pinLine}\n` });
}

describe('npm run staff:add', () => {
  test('adds a member with a scrypt hash of the PIN, and the file still passes', async () => {
    const file = hallFile();
    const result = staffAdd(['--config', file, '--name', '王芳', '--role', 'staff', '--pin-stdin'], '1357');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Added 王芳 (id wang-fang, staff)');
    expect(result.stdout).toContain('已将 王芳（编号 wang-fang，工作人员）加入');

    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('1357');
    const check = checkConfigFile(file, shippedSeeds());
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    const member = check.config.staff.find((each) => each.id === 'wang-fang');
    expect(member).toMatchObject({ name: '王芳', role: 'staff' });
    expect(await verifyPin('1357', member?.pinHash ?? '')).toBe(true);
    // Issue #16.7: at today's recommended cost (pin.ts).
    expect(member?.pinHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(check.config.$schema).toBe('./schema.json');
  });

  test.each([
    ['a PIN that is not 4 to 8 digits', '12ab', 'The PIN must be 4 to 8 digits'],
    ['a PIN someone already has', '246810', 'Someone on the staff already has this PIN'],
  ])('refuses %s and changes nothing', (_name, pin, message) => {
    const file = hallFile();
    const before = readFileSync(file, 'utf8');
    const result = staffAdd(['--config', file, '--name', '王芳', '--pin-stdin'], pin);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  test('refuses a broken config file, pointing to check-config', () => {
    const file = hallFile('{ "hall": ');
    const result = staffAdd(['--config', file, '--name', '王芳', '--pin-stdin'], '1357');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file} (whole file): syntax`);
    expect(result.stderr).toContain(`npm run check-config -- ${file}`);
  });

  test.each([
    ['no name', ['--pin-stdin'], 'usage:'],
    ['no terminal and no --pin-stdin', ['--name', '王芳'], 'pipe it in with --pin-stdin'],
  ])('explains how to call it when given %s', (_name, args, message) => {
    const result = staffAdd(['--config', hallFile(), ...args], '1357');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
