import { Hono } from 'hono';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { TypedText } from '../core/applications/typed-text.ts';
import { validateReference } from '../core/applications/reference.ts';
import { createRateLimiter, findByIdNumber, findByReference } from '../core/enquiry/index.ts';
import { validateResidentId } from '../core/identity/resident-id.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import { deviceCookie, isLocalRequest } from './staff-guard.ts';
import { validated } from './validated.ts';

/** Issue #16.10: spaces and dashes are a person's (validateReference drops them); control characters and invisible marks are not. */
const EnquiryRequest = z.union([z.strictObject({ reference: TypedText.max(40) }), z.strictObject({ idNumber: TypedText.max(40) })]);

/** The device an enquiry comes from: the kiosk itself, or a paired device by its cookie. */
function deviceOf(c: Context): string {
  return isLocalRequest(c) ? 'this-kiosk' : `paired:${getCookie(c, deviceCookie) ?? ''}`;
}

/**
 * POST /api/enquiry (issue #7, point 5): where a resident's requests stand, by reference or ID number.
 * A malformed reference or ID number is answered before the rate limit, so a resident's typo costs
 * nothing; every lookup that reaches the database counts against the device.
 */
export function enquiryRoutes(deps: Pick<KioskDeps, 'db' | 'dataKey'>) {
  const limiter = createRateLimiter();
  return new Hono().post(
    '/',
    validated('json', EnquiryRequest),
    (c) => {
      const body = c.req.valid('json');
      if ('reference' in body) {
        const reference = validateReference(body.reference);
        if (!reference.ok) return c.json({ ok: false, error: 'invalid-reference', problem: reference.error } as const, 422);
        const allowed = limiter.take(deviceOf(c));
        if (!allowed.ok) return c.json({ ok: false, error: 'too-many-enquiries', retryAfterSeconds: allowed.retryAfterSeconds } as const, 429);
        return c.json({ ok: true, items: findByReference(deps.db, deps.dataKey.ok ? deps.dataKey.key : undefined, reference.reference) } as const, 200);
      }
      const id = validateResidentId(body.idNumber);
      if (!id.ok) return c.json({ ok: false, error: 'invalid-id-number', problem: id.error } as const, 422);
      const { dataKey } = deps;
      if (!dataKey.ok) return c.json({ ok: false, error: 'key-unavailable' } as const, 503);
      const allowed = limiter.take(deviceOf(c));
      if (!allowed.ok) return c.json({ ok: false, error: 'too-many-enquiries', retryAfterSeconds: allowed.retryAfterSeconds } as const, 429);
      return c.json({ ok: true, items: findByIdNumber(deps.db, dataKey.key, id.facts.idNumber) } as const, 200);
    },
  );
}
