import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../../testing/temp-dir.ts';
import { renderEscPos } from './escpos.ts';
import { createReceiptPrinter, PrinterConfig } from './printer-config.ts';
import type { Receipt } from './receipt.ts';

const tempDir = useTempDir();

const receipt: Receipt = {
  kind: 'application-receipt',
  paperWidthMm: 58,
  lines: [
    { type: 'number', value: 'HN20261127-0042' },
    { type: 'footer', text: '值班电话 13800138000' },
  ],
};
const hall = { publicPhoneNumbers: ['13800138000'] };

describe('PrinterConfig', () => {
  test.each([
    [{ kind: 'file', dir: '.kiosk-data' }],
    [{ kind: 'escpos', device: '/dev/usb/lp0', paperWidthMm: 58 }],
    [{ kind: 'escpos', device: '/dev/ttyUSB0', paperWidthMm: 80 }],
    [{ kind: 'cups', printer: 'hall-receipts' }],
    [{ kind: 'cups', printer: 'hall-receipts', lpPath: '/usr/local/bin/lp', lpOptions: { media: 'Custom.80x120mm' } }],
  ])('accepts %j', (config) => {
    expect(PrinterConfig.safeParse(config).success).toBe(true);
  });

  test.each([
    [{ kind: 'escpos', device: '/dev/usb/lp0', paperWidthMm: 76 }],
    [{ kind: 'escpos', device: '/dev/usb/lp0' }],
    [{ kind: 'cups', printer: 'hall receipts' }],
    [{ kind: 'cups', printer: '-o' }],
    [{ kind: 'cups', printer: 'hall-receipts', lpOptions: { media: 'two words' } }],
    [{ kind: 'file', dir: '' }],
    [{ kind: 'file', dir: 'x', device: '/dev/usb/lp0' }],
    [{ kind: 'network', host: '192.0.2.1' }],
  ])('rejects %j', (config) => {
    expect(PrinterConfig.safeParse(config).success).toBe(false);
  });
});

describe('createReceiptPrinter', () => {
  test('a file printer writes text files under the directory', async () => {
    const dir = tempDir();
    expect(await createReceiptPrinter({ kind: 'file', dir }, hall).print(receipt)).toEqual({ ok: true });
    const [name] = readdirSync(join(dir, 'receipts'));
    expect(name).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z-application-receipt\.txt$/);
  });

  test('an ESC/POS printer writes bytes laid out for its roll to the device', async () => {
    const device = join(tempDir(), 'lp0');
    writeFileSync(device, '');
    expect(await createReceiptPrinter({ kind: 'escpos', device, paperWidthMm: 80 }, hall).print(receipt)).toEqual({ ok: true });
    expect(readFileSync(device)).toEqual(renderEscPos(receipt, 80));
  });

  test('a CUPS printer runs lp with the queue name', async () => {
    const dir = tempDir();
    const lpPath = join(dir, 'lp');
    writeFileSync(lpPath, `#!/bin/sh\nprintf '%s\\n' "$@" > "${dir}/args"\ncat > /dev/null\n`);
    chmodSync(lpPath, 0o755);
    expect(await createReceiptPrinter({ kind: 'cups', printer: 'hall-receipts', lpPath }, hall).print(receipt)).toEqual({ ok: true });
    expect(readFileSync(join(dir, 'args'), 'utf8')).toContain('hall-receipts');
  });

  test("refuses the hall's duty mobile unless the hall declares it public", async () => {
    const result = await createReceiptPrinter({ kind: 'file', dir: tempDir() }).print(receipt);
    expect(result).toMatchObject({ ok: false, error: 'unmasked-personal-data' });
  });
});
