import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../../testing/temp-dir.ts';
import { filePrinter } from './file-printer.ts';
import { renderPlainText } from './plain-text.ts';
import type { Receipt } from './receipt.ts';

const tempDir = useTempDir();

const ticket: Receipt = {
  kind: 'queue-ticket',
  paperWidthMm: 58,
  lines: [
    { type: 'title', text: '东村便民服务中心' },
    { type: 'number', value: 'A012' },
    { type: 'footer', text: '请留意叫号' },
  ],
};

const now = (): Date => new Date('2026-11-27T08:30:15.250Z');

describe('filePrinter', () => {
  test('writes the receipt as UTF-8 text under receipts/, named by time and kind', async () => {
    const dir = tempDir();
    expect(await filePrinter({ dir, now }).print(ticket)).toEqual({ ok: true });
    const path = join(dir, 'receipts', '2026-11-27T08-30-15.250Z-queue-ticket.txt');
    expect(readFileSync(path, 'utf8')).toBe(renderPlainText(ticket));
    expect(readFileSync(path, 'utf8')).toContain('东村便民服务中心');
  });

  test('never overwrites an earlier receipt printed in the same millisecond', async () => {
    const dir = tempDir();
    const printer = filePrinter({ dir, now });
    await printer.print(ticket);
    await printer.print({ ...ticket, lines: [{ type: 'number', value: 'A013' }] });
    expect(readdirSync(join(dir, 'receipts')).sort()).toEqual([
      '2026-11-27T08-30-15.250Z-2-queue-ticket.txt',
      '2026-11-27T08-30-15.250Z-queue-ticket.txt',
    ]);
    expect(readFileSync(join(dir, 'receipts', '2026-11-27T08-30-15.250Z-2-queue-ticket.txt'), 'utf8')).toContain('A013');
  });

  test('returns failed, without throwing, when it cannot write', async () => {
    const dir = join(tempDir(), 'a-file');
    writeFileSync(dir, '');
    const result = await filePrinter({ dir, now }).print(ticket);
    expect(result).toEqual({ ok: false, error: 'failed', detail: expect.stringContaining('could not write the receipt') });
  });

  test('writes nothing for a receipt with a full ID number', async () => {
    const dir = tempDir();
    const unmasked: Receipt = { ...ticket, lines: [{ type: 'text', text: '身份证 410102194603151231' }] };
    expect(await filePrinter({ dir, now }).print(unmasked)).toMatchObject({ ok: false, error: 'unmasked-personal-data' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
