import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../../testing/temp-dir.ts';
import { cupsPrinter } from './cups-printer.ts';
import { renderPlainText } from './plain-text.ts';
import type { Receipt } from './receipt.ts';

const tempDir = useTempDir();

const receipt: Receipt = {
  kind: 'application-receipt',
  paperWidthMm: 80,
  lines: [
    { type: 'title', text: '受理回执' },
    { type: 'number', value: 'HN20261127-0042' },
    { type: 'text', text: '工作人员将在三个工作日内与您联系。' },
  ],
};

/** A stand-in for lp that records its arguments (one a line) and standard input, then runs `then`. */
function fakeLp(then = 'exit 0'): { lpPath: string; args: () => string[]; stdin: () => string } {
  const dir = tempDir();
  const lpPath = join(dir, 'lp');
  writeFileSync(lpPath, `#!/bin/sh\nprintf '%s\\n' "$@" > "${dir}/args"\ncat > "${dir}/stdin"\n${then}\n`);
  chmodSync(lpPath, 0o755);
  return {
    lpPath,
    args: () => readFileSync(join(dir, 'args'), 'utf8').trimEnd().split('\n'),
    stdin: () => readFileSync(join(dir, 'stdin'), 'utf8'),
  };
}

describe('cupsPrinter', () => {
  test('sends the plain-text receipt to the CUPS queue on lp’s standard input', async () => {
    const lp = fakeLp();
    const result = await cupsPrinter({ printer: 'hall-receipts', lpPath: lp.lpPath }).print(receipt);
    expect(result).toEqual({ ok: true });
    expect(lp.args()).toEqual(['-d', 'hall-receipts', '-t', 'kiosk application-receipt', '-o', 'cpi=17', '-o', 'lpi=8']);
    expect(lp.stdin()).toBe(renderPlainText(receipt));
    expect(lp.stdin()).toContain('工作人员将在三个工作日内与您联系。');
  });

  test('lets the hall replace and add job options', async () => {
    const lp = fakeLp();
    await cupsPrinter({ printer: 'hall-receipts', lpPath: lp.lpPath, lpOptions: { cpi: '16', media: 'Custom.80x120mm' } }).print(receipt);
    expect(lp.args().slice(4)).toEqual(['-o', 'cpi=16', '-o', 'lpi=8', '-o', 'media=Custom.80x120mm']);
  });

  test('reports what lp said when it fails', async () => {
    const lp = fakeLp("echo 'lp: The printer or class does not exist.' >&2; exit 1");
    const result = await cupsPrinter({ printer: 'no-such-queue', lpPath: lp.lpPath }).print(receipt);
    expect(result).toEqual({ ok: false, error: 'failed', detail: 'lp: The printer or class does not exist.' });
  });

  test('reports a kiosk without lp as offline', async () => {
    const result = await cupsPrinter({ printer: 'hall-receipts', lpPath: join(tempDir(), 'lp') }).print(receipt);
    expect(result).toEqual({ ok: false, error: 'offline', detail: expect.stringContaining('cups-client') });
  });

  test('gives up on an lp that hangs', async () => {
    const lp = fakeLp('exec sleep 10');
    const result = await cupsPrinter({ printer: 'hall-receipts', lpPath: lp.lpPath, timeoutMs: 200 }).print(receipt);
    expect(result).toEqual({ ok: false, error: 'failed', detail: expect.stringContaining('did not finish within 200 ms') });
  });

  test('refuses a receipt with a full mobile number without running lp', async () => {
    const lp = fakeLp();
    const unmasked: Receipt = { ...receipt, lines: [...receipt.lines, { type: 'row', key: '联系电话', value: '13800138000' }] };
    const result = await cupsPrinter({ printer: 'hall-receipts', lpPath: lp.lpPath }).print(unmasked);
    expect(result).toEqual({ ok: false, error: 'unmasked-personal-data', detail: expect.any(String) });
    expect(() => lp.args()).toThrow(/ENOENT/);
  });
});
