import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { StaffSession } from '../core/staff/sessions.ts';
import type { KioskDeps } from './app.ts';

/** The cookie that carries a staff session: HttpOnly, SameSite=Strict, path /api. */
export const staffCookie = 'kiosk_staff';

export interface StaffVariables {
  staffSession: StaffSession;
}

/**
 * Refuses a request without a live staff session (401), or, for `role: 'admin'`, one whose staff member is
 * not an admin (403). A resident's page never holds the cookie, so it is refused too.
 */
export function requireStaff(deps: Pick<KioskDeps, 'staffSessions' | 'loadedConfig' | 'db'>, { role }: { role?: 'admin' } = {}) {
  return createMiddleware<{ Variables: StaffVariables }>(async (c, next) => {
    const session = deps.staffSessions.lookup(getCookie(c, staffCookie));
    if (!session) return c.json({ ok: false, error: 'staff-session-required' } as const, 401);
    if (role === 'admin' && session.staff.role !== 'admin') return c.json({ ok: false, error: 'admin-required' } as const, 403);
    c.set('staffSession', session);
    await next();
  });
}
