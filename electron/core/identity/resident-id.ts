/**
 * The Chinese resident ID number, GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit
 * sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
export type ResidentIdError = 'length' | 'characters' | 'region' | 'date' | 'future' | 'checksum';

export interface ResidentIdFacts {
  idNumber: string;
  birthDate: string;
  sex: 'male' | 'female';
}

export type ResidentIdCheck = { ok: true; facts: ResidentIdFacts } | { ok: false; error: ResidentIdError };

/**
 * Province-level codes (GB/T 2260), plus 81/82/83 used on residence permits for Hong Kong, Macao and
 * Taiwan residents. Any province is accepted: many residents were born elsewhere, and household
 * registration (户籍) is never inferred from the prefix.
 */
const provinceCodes = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

/** The check character for the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * (weights[index] ?? 0), 0);
  return checkCharacters[sum % 11] ?? '';
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Validates a number as typed (lower-case x accepted) against today's date. */
export function validateResidentId(input: string, today: Date = new Date()): ResidentIdCheck {
  const idNumber = input.trim().toUpperCase();
  if (idNumber.length !== 18) return { ok: false, error: 'length' };
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { ok: false, error: 'characters' };
  if (!provinceCodes.has(idNumber.slice(0, 2))) return { ok: false, error: 'region' };
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  if (year < 1900 || !isRealDate(year, month, day)) return { ok: false, error: 'date' };
  const birthDate = idNumber.slice(6, 14).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3');
  if (birthDate > today.toISOString().slice(0, 10)) return { ok: false, error: 'future' };
  if (residentIdCheckCharacter(idNumber.slice(0, 17)) !== idNumber[17]) return { ok: false, error: 'checksum' };
  return { ok: true, facts: { idNumber, birthDate, sex: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female' } };
}

/** Age in whole years on a day, from a YYYY-MM-DD birth date (29 February counts from 1 March in common years). */
export function ageOn(birthDate: string, today: Date = new Date()): number {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  const todayIso = today.toISOString().slice(0, 10);
  const [nowYear] = todayIso.split('-').map(Number) as [number];
  const birthdayThisYear = `${nowYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return nowYear - year - (todayIso < birthdayThisYear ? 1 : 0);
}

/** The one place an ID number is masked for screens, lists and receipts: 4101**********1234. */
export function maskResidentId(idNumber: string): string {
  return idNumber.length <= 8 ? '*'.repeat(idNumber.length) : `${idNumber.slice(0, 4)}${'*'.repeat(idNumber.length - 8)}${idNumber.slice(-4)}`;
}
