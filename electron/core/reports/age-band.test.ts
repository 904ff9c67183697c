import { describe, expect, test } from 'vitest';
import { residentIdCheckCharacter } from '../identity/resident-id.ts';
import { ageBandOf, residentAgeBand } from './age-band.ts';

/** A valid ID number for a birth date, 8 digits. */
function idNumberBornOn(birthDate: string): string {
  const first17 = `410102${birthDate}123`;
  return first17 + residentIdCheckCharacter(first17);
}

describe('age bands', () => {
  test('cut at 60, 70, 80 and 90', () => {
    expect([0, 59, 60, 69, 70, 79, 80, 89, 90, 104].map(ageBandOf)).toEqual([
      'under-60',
      'under-60',
      '60-69',
      '60-69',
      '70-79',
      '70-79',
      '80-89',
      '80-89',
      '90-plus',
      '90-plus',
    ]);
  });

  test('come from the birth date in the ID number, counting the birthday', () => {
    const today = new Date('2026-11-27T04:00:00.000Z');
    expect(residentAgeBand(idNumberBornOn('19461127'), today)).toBe('80-89');
    expect(residentAgeBand(idNumberBornOn('19461128'), today)).toBe('70-79');
    expect(residentAgeBand('410102194603151231', today)).toBe('80-89');
    expect(residentAgeBand('410102194603151230', today)).toBeUndefined();
  });
});
