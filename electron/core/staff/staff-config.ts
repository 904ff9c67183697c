import { z } from 'zod';
import { TypedText } from '../applications/typed-text.ts';

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64 (see staff/pin.ts; `npm run staff:add` writes one). */
export const PinHash = z.string().regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, 'a PIN hash written by npm run staff:add');

/** One member of the hall's staff. Admins may also manage staff, services and timings in the console. */
export const StaffMember = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
  // Issue #16.10: checked before trimming, which would quietly take a byte-order mark away.
  name: TypedText.trim().min(1).max(40),
  role: z.enum(['staff', 'admin']),
  pinHash: PinHash,
});
export type StaffMember = z.infer<typeof StaffMember>;

export const StaffList = z
  .array(StaffMember)
  .min(1)
  .refine((staff) => new Set(staff.map((each) => each.id)).size === staff.length, 'each staff member needs their own id')
  .refine((staff) => staff.some((each) => each.role === 'admin'), 'at least one admin, or nobody can manage the hall');
