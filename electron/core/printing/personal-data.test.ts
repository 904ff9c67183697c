import { describe, expect, test } from 'vitest';
import { maskResidentId } from '../identity/resident-id.ts';
import { checkReceiptIsMasked } from './personal-data.ts';
import type { Receipt, ReceiptLine } from './receipt.ts';

function receiptWith(line: ReceiptLine): Receipt {
  return { kind: 'application-receipt', paperWidthMm: 58, lines: [{ type: 'title', text: '受理回执' }, line] };
}

describe('checkReceiptIsMasked', () => {
  test.each<[string, ReceiptLine]>([
    ['a full ID number in a row', { type: 'row', key: '身份证号', value: '410102194603151231' }],
    ['an ID number ending in X inside a sentence', { type: 'text', text: '申请人11010519491231002X已受理' }],
    ['an ID number ending in a lower-case x', { type: 'text', text: '11010519491231002x' }],
    ['an ID number typed in full-width digits', { type: 'text', text: '４１０１０２１９４６０３１５１２３１' }],
    ['a mobile number', { type: 'row', key: '联系电话', value: '13800138000' }],
    ['a mobile number in 3-4-4 groups', { type: 'footer', text: '回访电话 138-0013-8000' }],
    ['a mobile number with spaces', { type: 'text', text: '请拨打 138 0013 8000' }],
    ['a mobile number as the large number', { type: 'number', value: '15937112345' }],
  ])('refuses %s', (_name, line) => {
    expect(checkReceiptIsMasked(receiptWith(line))).toEqual({
      ok: false,
      error: 'unmasked-personal-data',
      detail: expect.stringMatching(/^line 2 \(\w+\) shows a full (resident ID|mobile) number; mask it before printing$/),
    });
  });

  test.each<[string, ReceiptLine]>([
    ['a masked ID number', { type: 'row', key: '身份证号', value: maskResidentId('410102194603151231') }],
    ['a masked mobile number', { type: 'row', key: '联系电话', value: '138****8000' }],
    ['a landline', { type: 'footer', text: '值班电话 0371-12345678' }],
    ['the 12345 hotline', { type: 'footer', text: '政务服务便民热线 12345' }],
    ['a reference number', { type: 'number', value: 'HN20261127-0042' }],
    ['a long serial number that is not 18 digits', { type: 'row', key: '流水号', value: '2026112708000012345' }],
    ['a 12-digit number starting with 1', { type: 'text', text: '编号 138001380001' }],
    ['a date and a time', { type: 'row', key: '受理时间', value: '2026-11-27 08:30' }],
  ])('accepts %s', (_name, line) => {
    expect(checkReceiptIsMasked(receiptWith(line))).toEqual({ ok: true });
  });

  test("accepts the hall's own duty mobile when the hall lists it as public", () => {
    const receipt = receiptWith({ type: 'footer', text: '值班电话 138-0013-8000' });
    expect(checkReceiptIsMasked(receipt, { publicPhoneNumbers: ['13800138000'] })).toEqual({ ok: true });
    expect(checkReceiptIsMasked(receiptWith({ type: 'footer', text: '13900139000' }), { publicPhoneNumbers: ['13800138000'] }).ok).toBe(false);
  });

  test('never repeats the number it refused, because results are logged', () => {
    const check = checkReceiptIsMasked(receiptWith({ type: 'row', key: '身份证号', value: '410102194603151231' }));
    expect(JSON.stringify(check)).not.toContain('410102');
  });
});
