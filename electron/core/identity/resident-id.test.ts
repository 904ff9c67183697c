import { describe, expect, test } from 'vitest';
import { ageOn, maskResidentId, residentIdCheckCharacter, validateResidentId } from './resident-id.ts';
import type { ResidentIdError } from './resident-id.ts';

const today = new Date('2026-11-27T08:00:00Z');

/** Builds a valid number from its parts, so the table reads as region + birth date + sequence. */
function valid(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

describe('residentIdCheckCharacter (ISO 7064 MOD 11-2)', () => {
  test.each([
    ['11010519491231002', 'X'], // the standard's own example
    ['44052418800101001', '4'], // a widely published example
    ['41010219460315123', '1'], // worked by hand
  ])('%s → %s', (first17, check) => {
    expect(residentIdCheckCharacter(first17)).toBe(check);
  });
});

describe('validateResidentId', () => {
  test.each([
    ['an X check digit', '11010519491231002X', { birthDate: '1949-12-31', sex: 'female' }],
    ['a lower-case x', '11010519491231002x', { birthDate: '1949-12-31', sex: 'female' }],
    ['a Henan number', valid('410102', '19460315', '123'), { birthDate: '1946-03-15', sex: 'male' }],
    ['29 February in a leap year', valid('410102', '19400229', '021'), { birthDate: '1940-02-29', sex: 'male' }],
    ['someone born in another province', valid('510104', '19520704', '317'), { birthDate: '1952-07-04', sex: 'male' }],
    ['born today', valid('410102', '20261127', '001'), { birthDate: '2026-11-27', sex: 'male' }],
    ['a Hong Kong residence permit', valid('810000', '19600101', '002'), { birthDate: '1960-01-01', sex: 'female' }],
  ])('accepts %s', (_name, input, facts) => {
    const check = validateResidentId(input, today);
    expect(check).toEqual({ ok: true, facts: { idNumber: input.toUpperCase(), ...facts } });
  });

  test.each<[string, string, ResidentIdError]>([
    ['17 characters', '41010219460315123', 'length'],
    ['19 characters', '4101021946031512388', 'length'],
    ['an empty entry', '', 'length'],
    ['a letter in the middle', '4101021946A315123X', 'characters'],
    ['X before the end', '41010219460315X238', 'characters'],
    ['an unknown province', valid('990102', '19460315', '123'), 'region'],
    ['29 February in a common year', valid('410102', '19410229', '021'), 'date'],
    ['month 13', valid('410102', '19461315', '123'), 'date'],
    ['day 0', valid('410102', '19460300', '123'), 'date'],
    ['a birth date in the future', valid('410102', '20261128', '123'), 'future'],
    ['a wrong check digit', '410102194603151230', 'checksum'],
    ['a mistyped digit', '41010219460315124' + residentIdCheckCharacter('41010219460315123'), 'checksum'],
  ])('rejects %s as %s', (_name, input, error) => {
    expect(validateResidentId(input, today)).toEqual({ ok: false, error });
  });
});

describe('ageOn', () => {
  test.each([
    ['1946-11-27', 80],
    ['1946-11-28', 79],
    ['1940-02-29', 86],
  ])('born %s is %i on 2026-11-27', (birthDate, age) => {
    expect(ageOn(birthDate, today)).toBe(age);
  });

  test('a 29 February birthday counts from 1 March in a common year', () => {
    expect(ageOn('1940-02-29', new Date('2026-02-28T12:00:00Z'))).toBe(85);
    expect(ageOn('1940-02-29', new Date('2026-03-01T12:00:00Z'))).toBe(86);
  });
});

test('maskResidentId keeps the first and last four', () => {
  expect(maskResidentId('41010219460315123X')).toBe('4101**********123X');
});
