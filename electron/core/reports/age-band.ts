import { ageOn, validateResidentId } from '../identity/resident-id.ts';

/**
 * Age bands for today's figures (product.md 6: aggregate only). A request keeps its band, never the age or
 * the birth date, so the figures show who the hall serves without pointing at anyone.
 */
export const ageBands = ['under-60', '60-69', '70-79', '80-89', '90-plus'] as const;
export type AgeBand = (typeof ageBands)[number];

export function ageBandOf(age: number): AgeBand {
  if (age < 60) return 'under-60';
  if (age < 70) return '60-69';
  if (age < 80) return '70-79';
  if (age < 90) return '80-89';
  return '90-plus';
}

/** The band of a resident's age on a day, from the birth date in their ID number; undefined for an invalid number. */
export function residentAgeBand(idNumber: string, today: Date): AgeBand | undefined {
  const check = validateResidentId(idNumber, today);
  return check.ok ? ageBandOf(ageOn(check.facts.birthDate, today)) : undefined;
}
