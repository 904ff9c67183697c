import { describe, expect, test } from 'vitest';
import type { Question } from '../catalog/form.ts';
import { createKioskI18n } from '../../../renderer/i18n/create.ts';
import { checkAnswer, isAsked } from './answers.ts';

const text = { id: 'service.demo.q', 'zh-CN': '问题', en: 'Question' };
const question = (type: string, extra: object = {}) => ({ id: 'answer', question: text, optional: false, type, ...extra }) as Question;
const today = new Date('2026-11-27T09:00:00Z');

describe('checkAnswer', () => {
  test.each<[string, Question, unknown, unknown]>([
    ['an ID number', question('id-number'), '11010519491231002x', { ok: true, value: '11010519491231002X' }],
    ['an ID number with a bad check digit', question('id-number'), '110105194912310021', { ok: false, error: 'checksum' }],
    ['a Chinese name', question('name'), ' 王秀英 ', { ok: true, value: '王秀英' }],
    ['a minority name with a middle dot', question('name'), '阿依古丽·买买提', { ok: true, value: '阿依古丽·买买提' }],
    ['digits as a name', question('name'), '12345', { ok: false, error: 'not-a-name' }],
    ['a mobile number', question('mobile'), '13812345678', { ok: true, value: '13812345678' }],
    ['a landline as a mobile', question('mobile'), '03711234567', { ok: false, error: 'not-a-mobile' }],
    ['a listed choice', question('choice', { choices: [{ value: 'self', label: text }, { value: 'family', label: text }] }), 'family', { ok: true, value: 'family' }],
    ['an unlisted choice', question('choice', { choices: [{ value: 'self', label: text }, { value: 'family', label: text }] }), 'boss', { ok: false, error: 'not-a-choice' }],
    ['yes', question('yes-no'), true, { ok: true, value: true }],
    ['"yes" as text', question('yes-no'), 'yes', { ok: false, error: 'not-a-choice' }],
    ['29 February 2024', question('date', { range: 'past' }), '2024-02-29', { ok: true, value: '2024-02-29' }],
    ['29 February 2026', question('date', { range: 'any' }), '2026-02-29', { ok: false, error: 'not-a-date' }],
    ['a past date asked for the future', question('date', { range: 'future' }), '2026-11-26', { ok: false, error: 'out-of-range' }],
    ['a household of 4', question('number', { min: 1, max: 20 }), 4, { ok: true, value: 4 }],
    ['a household of 0', question('number', { min: 1, max: 20 }), 0, { ok: false, error: 'out-of-range' }],
    ['short text within its length', question('short-text', { maxLength: 4, personal: false }), '开证明', { ok: true, value: '开证明' }],
    ['short text too long', question('short-text', { maxLength: 2, personal: false }), '开证明', { ok: false, error: 'too-long' }],
    ['consent given', question('consent', { statement: text }), true, { ok: true, value: true }],
    ['consent refused', question('consent', { statement: text }), false, { ok: false, error: 'not-agreed' }],
    ['a bank card', question('payment-account'), { kind: 'bank-card', bank: '农业银行', account: '6228480012345678' }, { ok: true, value: { kind: 'bank-card', bank: '农业银行', account: '6228480012345678' } }],
    ['an account with letters', question('payment-account'), { kind: 'bank-card', bank: '农业银行', account: '62284800A' }, { ok: false, error: 'not-an-account' }],
  ])('%s', (_name, asked, value, expected) => {
    expect(checkAnswer(asked, value, { today })).toEqual(expected);
  });
});

describe('text no person types (issue #16.10)', () => {
  const address = question('short-text', { maxLength: 100, personal: true });
  const banks = ['中国农业银行', '中国邮政储蓄银行'];
  const account = (bank: string) => ({ kind: 'bank-card', bank, account: '6228480012345678' });

  test.each<[string, string]>([
    ['NUL', '槐树湾村\u0000三组'],
    ['ESC, as in a terminal colour code', '槐树湾村\u001b[31m三组'],
    ['a C1 control', '槐树湾村\u0085三组'],
    ['DEL', '槐树湾村\u007f'],
    ['a byte-order mark', '\ufeff槐树湾村三组'],
    ['a zero-width space', '槐树\u200b湾村'],
    ['a right-to-left override', '槐树湾村\u202e组三'],
    ['a lone high surrogate', '槐树湾村\ud800'],
    ['a lone low surrogate', '\udc00槐树湾村'],
    ['a carriage return', '槐树湾村\r三组'],
    ['a tab', '槐树湾村\t三组'],
  ])('an address with %s is refused', (_name, value) => {
    expect(checkAnswer(address, value, { today })).toEqual({ ok: false, error: 'untypeable-characters' });
  });

  test('an address over two lines, with a rare character outside the BMP, is a person’s', () => {
    expect(checkAnswer(address, '槐树湾村三组\n12号 𠀋', { today })).toEqual({ ok: true, value: '槐树湾村三组\n12号 𠀋' });
  });

  test('a bank is one of the hall’s list, typed as no person would it is refused, and a long one even without a list', () => {
    const payment = question('payment-account');
    expect(checkAnswer(payment, account('中国邮政储蓄银行'), { today, banks })).toMatchObject({ ok: true });
    expect(checkAnswer(payment, account('招商银行'), { today, banks })).toEqual({ ok: false, error: 'not-a-listed-bank' });
    expect(checkAnswer(payment, account('银'.repeat(20_000)), { today, banks })).toEqual({ ok: false, error: 'not-a-listed-bank' });
    expect(checkAnswer(payment, account('银'.repeat(20_000)), { today })).toEqual({ ok: false, error: 'not-a-listed-bank' });
    expect(checkAnswer(payment, account('中国农业银行\u0000'), { today, banks })).toEqual({ ok: false, error: 'untypeable-characters' });
    expect(checkAnswer(payment, account('\ufeff中国农业银行'), { today })).toEqual({ ok: false, error: 'untypeable-characters' });
  });

  test('each refusal has words in both languages, which the kiosk shows and says as it does every answer’s error', () => {
    const { t } = createKioskI18n();
    for (const error of ['untypeable-characters', 'not-a-listed-bank']) {
      for (const lng of ['zh-CN', 'en']) expect(t(`form.errors.${error}`, { lng }), `${lng} ${error}`).not.toMatch(/^form\.errors/);
    }
  });
});

test('isAsked follows showWhen', () => {
  const agent = { ...question('name'), showWhen: { answer: 'relation', isOneOf: ['family', 'other'] } } as Question;
  expect(isAsked(agent, { relation: 'family' })).toBe(true);
  expect(isAsked(agent, { relation: 'self' })).toBe(false);
  expect(isAsked(question('name'), {})).toBe(true);
});
