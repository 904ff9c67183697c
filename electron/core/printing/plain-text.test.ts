import { describe, expect, test } from 'vitest';
import { renderPlainText } from './plain-text.ts';
import type { Receipt } from './receipt.ts';

const queueTicket: Receipt = {
  kind: 'queue-ticket',
  paperWidthMm: 58,
  lines: [
    { type: 'title', text: '东村便民服务中心' },
    { type: 'number', value: 'A012' },
    { type: 'row', key: '业务', value: '社保业务' },
    { type: 'row', key: '前面等候', value: '3 人' },
    { type: 'separator' },
    { type: 'text', text: '请留意叫号，听到“请 A012 号到 2 号窗口办理”后前往窗口。' },
    { type: 'footer', text: '值班电话 0371-12345678' },
  ],
};

describe('renderPlainText', () => {
  test('lays a queue ticket out at 32 columns on 58 mm paper', () => {
    expect(renderPlainText(queueTicket)).toBe(
      [
        '        东村便民服务中心',
        '              A012',
        '业务                    社保业务',
        '前面等候                    3 人',
        '--------------------------------',
        '请留意叫号，听到“请 A012 号到 2',
        '号窗口办理”后前往窗口。',
        '     值班电话 0371-12345678',
        '',
      ].join('\n'),
    );
  });

  test('lays the same ticket out at 48 columns on 80 mm paper', () => {
    const lines = renderPlainText(queueTicket, 80).split('\n');
    expect(lines[2]).toBe(`业务${' '.repeat(36)}社保业务`);
    expect(lines[4]).toBe('-'.repeat(48));
    expect(lines[5]).toBe('请留意叫号，听到“请 A012 号到 2 号窗口办理”后');
  });

  test('wraps a title at half the width, as it prints double size', () => {
    const receipt: Receipt = { kind: 'application-receipt', paperWidthMm: 58, lines: [{ type: 'title', text: '高龄津贴申请受理回执' }] };
    expect(renderPlainText(receipt)).toBe('        高龄津贴申请受理\n              回执\n');
  });

  test('puts a long value under its key, indented', () => {
    const receipt: Receipt = {
      kind: 'application-receipt',
      paperWidthMm: 58,
      lines: [{ type: 'row', key: '需要携带', value: '身份证原件、户口簿原件、银行卡或存折' }],
    };
    expect(renderPlainText(receipt)).toBe('需要携带\n  身份证原件、户口簿原件、银行卡\n  或存折\n');
  });
});
