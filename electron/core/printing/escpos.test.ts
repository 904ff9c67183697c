import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { encodeGb18030, renderEscPos } from './escpos.ts';
import type { Receipt } from './receipt.ts';

const bytes = (...values: number[]): Buffer => Buffer.from(values);
const gb18030 = (text: string): Buffer => iconv.encode(text, 'gb18030');

/** Alignment, size and weight for one line: ESC a n, GS ! n, ESC E n. */
const style = (align: 0 | 1, size: number, bold: 0 | 1): Buffer => bytes(0x1b, 0x61, align, 0x1d, 0x21, size, 0x1b, 0x45, bold);

describe('encodeGb18030', () => {
  test('encodes Chinese as the two-byte codes thermal printers expect', () => {
    expect(encodeGb18030('请')).toEqual(bytes(0xc7, 0xeb));
    expect(encodeGb18030('请到窗口办理')).toEqual(bytes(0xc7, 0xeb, 0xb5, 0xbd, 0xb4, 0xb0, 0xbf, 0xda, 0xb0, 0xec, 0xc0, 0xed));
    expect(encodeGb18030('A012号')).toEqual(bytes(0x41, 0x30, 0x31, 0x32, 0xba, 0xc5));
  });
});

describe('renderEscPos', () => {
  test('prints a queue ticket as exact ESC/POS bytes', () => {
    const ticket: Receipt = {
      kind: 'queue-ticket',
      paperWidthMm: 58,
      lines: [
        { type: 'title', text: '取号凭条' },
        { type: 'number', value: 'A012' },
        { type: 'text', text: '请到窗口办理' },
        { type: 'separator' },
      ],
    };
    expect(renderEscPos(ticket, 58)).toEqual(
      Buffer.concat([
        bytes(0x1b, 0x40), // ESC @: initialise
        bytes(0x1c, 0x26), // FS &: Chinese character mode
        style(1, 0x11, 1), gb18030('取号凭条'), bytes(0x0a), // centred, double size, bold
        style(1, 0x33, 1), gb18030('A012'), bytes(0x0a), // centred, four times, bold
        style(0, 0x00, 0), bytes(0xc7, 0xeb), gb18030('到窗口办理'), bytes(0x0a),
        style(0, 0x00, 0), Buffer.from('-'.repeat(32)), bytes(0x0a),
        bytes(0x1b, 0x64, 0x04), // ESC d 4: feed past the cutter
        bytes(0x1d, 0x56, 0x01), // GS V 1: partial cut
      ]),
    );
  });

  test('wraps Chinese text at 16 characters on 58 mm paper and 24 on 80 mm', () => {
    const text = '请携带身份证和户口簿原件到二号窗口办理高龄津贴申请手续';
    const receipt: Receipt = { kind: 'application-receipt', paperWidthMm: 58, lines: [{ type: 'text', text }] };
    const textLine = (line: string): Buffer => Buffer.concat([style(0, 0x00, 0), gb18030(line), bytes(0x0a)]);

    const on58 = renderEscPos(receipt, 58);
    expect(on58.includes(textLine(text.slice(0, 16)))).toBe(true);
    expect(on58.includes(textLine(text.slice(16)))).toBe(true);

    const on80 = renderEscPos(receipt, 80);
    expect(on80.includes(textLine(text.slice(0, 24)))).toBe(true);
    expect(on80.includes(textLine(text.slice(24)))).toBe(true);
  });

  test('prints a reference number as large as fits on one line', () => {
    const receipt: Receipt = { kind: 'application-receipt', paperWidthMm: 58, lines: [{ type: 'number', value: 'HN20261127-0042' }] };
    expect(renderEscPos(receipt, 58).includes(Buffer.concat([style(1, 0x11, 1), Buffer.from('HN20261127-0042\n')]))).toBe(true);
    expect(renderEscPos(receipt, 80).includes(Buffer.concat([style(1, 0x22, 1), Buffer.from('HN20261127-0042\n')]))).toBe(true);
  });

  test('ends every receipt with a feed and a cut', () => {
    const receipt: Receipt = { kind: 'payment-slip', paperWidthMm: 80, lines: [{ type: 'footer', text: '请到窗口缴费' }] };
    expect(renderEscPos(receipt, 80).subarray(-6)).toEqual(bytes(0x1b, 0x64, 0x04, 0x1d, 0x56, 0x01));
  });
});
