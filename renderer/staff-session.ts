import type { InferResponseType } from 'hono/client';
import { api } from './api.ts';
import { callBackend } from './backend-call.ts';

/*
 * The staff session, for the kiosk's staff mode and the staff console alike: the answer sets or clears the
 * HttpOnly staff cookie, which the renderer never reads.
 */

export type StaffMember = InferResponseType<typeof api.staff.me.$get, 200>['staff'];

/** POST /api/staff/session, from the kiosk's PIN dialog or the console's sign-in form. */
export const signIn = (pin: string, where: 'kiosk' | 'console') => callBackend(() => api.staff.session.$post({ json: { pin, where } }));

/** DELETE /api/staff/session. */
export const signOut = () => callBackend(() => api.staff.session.$delete());
