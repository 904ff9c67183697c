import { spawnSync } from 'node:child_process';
import { closeSync, constants, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../../testing/temp-dir.ts';
import { renderEscPos } from './escpos.ts';
import { escPosPrinter } from './escpos-printer.ts';
import type { Receipt } from './receipt.ts';

const tempDir = useTempDir();

const receipt: Receipt = {
  kind: 'application-receipt',
  paperWidthMm: 80,
  lines: [
    { type: 'title', text: '受理回执' },
    { type: 'number', value: 'HN20261127-0042' },
    { type: 'text', text: '请到窗口办理' },
  ],
};

/** A device file standing in for /dev/usb/lp0: it exists, and receives what the printer would. */
function fakeDevice(): string {
  const device = join(tempDir(), 'lp0');
  writeFileSync(device, '');
  return device;
}

describe('escPosPrinter', () => {
  test('writes the ESC/POS bytes for its own roll width to the device', async () => {
    const device = fakeDevice();
    const result = await escPosPrinter({ device, paperWidthMm: 58 }).print(receipt);
    expect(result).toEqual({ ok: true });
    expect(readFileSync(device)).toEqual(renderEscPos(receipt, 58));
    expect(readFileSync(device).subarray(0, 4)).toEqual(Buffer.from([0x1b, 0x40, 0x1c, 0x26]));
    expect(readFileSync(device).includes(Buffer.from([0xc7, 0xeb]))).toBe(true); // 请
  });

  test('reports a printer that is not plugged in as offline, and never creates its device file', async () => {
    const device = join(tempDir(), 'usb', 'lp0');
    const result = await escPosPrinter({ device, paperWidthMm: 58 }).print(receipt);
    expect(result).toEqual({ ok: false, error: 'offline', detail: expect.stringContaining('ENOENT') });
    expect(existsSync(device)).toBe(false);
  });

  test('reports a device with nothing behind it as offline', async () => {
    const device = join(tempDir(), 'fifo');
    spawnSync('mkfifo', [device]);
    const result = await escPosPrinter({ device, paperWidthMm: 58 }).print(receipt);
    expect(result).toEqual({ ok: false, error: 'offline', detail: expect.stringContaining('ENXIO') });
  });

  test('gives up on a printer that stops taking data, instead of waiting for ever', async () => {
    const device = join(tempDir(), 'fifo');
    spawnSync('mkfifo', [device]);
    const stalledPrinter = openSync(device, constants.O_RDONLY | constants.O_NONBLOCK);
    const filler = openSync(device, constants.O_WRONLY | constants.O_NONBLOCK);
    try {
      const block = Buffer.alloc(4096);
      for (;;) {
        try {
          writeSync(filler, block);
        } catch {
          break; // EAGAIN: the pipe is full, as a printer out of paper stops reading
        }
      }
      const result = await escPosPrinter({ device, paperWidthMm: 58, writeTimeoutMs: 100 }).print(receipt);
      expect(result).toEqual({ ok: false, error: 'failed', detail: expect.stringContaining('check the paper') });
    } finally {
      closeSync(filler);
      closeSync(stalledPrinter);
    }
  });

  test('reports a device path that is not a device as failed', async () => {
    const device = join(tempDir(), 'not-a-device');
    mkdirSync(device);
    const result = await escPosPrinter({ device, paperWidthMm: 58 }).print(receipt);
    expect(result).toEqual({ ok: false, error: 'failed', detail: expect.stringContaining(device) });
  });

  test('refuses a receipt with a full ID number before touching the printer', async () => {
    const device = fakeDevice();
    const unmasked: Receipt = { ...receipt, lines: [...receipt.lines, { type: 'row', key: '身份证号', value: '410102194603151231' }] };
    const result = await escPosPrinter({ device, paperWidthMm: 58 }).print(unmasked);
    expect(result).toEqual({ ok: false, error: 'unmasked-personal-data', detail: expect.any(String) });
    expect(readFileSync(device)).toHaveLength(0);
  });

  test('refuses text with control characters, which the printer would obey as commands', async () => {
    const device = fakeDevice();
    const injected = { ...receipt, lines: [{ type: 'text', text: 'A012\u001dV\u0001' }] } as Receipt;
    const result = await escPosPrinter({ device, paperWidthMm: 58 }).print(injected);
    expect(result).toEqual({ ok: false, error: 'failed', detail: expect.stringContaining('no control characters') });
    expect(readFileSync(device)).toHaveLength(0);
  });
});
