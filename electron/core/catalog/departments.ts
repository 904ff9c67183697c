/**
 * The department system a request is typed into by hall staff (product.md 5a). Kept apart from seed.ts so
 * the console can list them without bundling zod.
 */
export const departments = [
  'hall',
  'human-resources-social-security',
  'civil-affairs',
  'disabled-persons-federation',
  'medical-security',
  'tax',
  'hotline',
] as const;
export type Department = (typeof departments)[number];
