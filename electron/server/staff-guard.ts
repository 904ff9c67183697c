import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { findPairedDevice } from '../core/staff/device-pairing.ts';
import type { SignInDevice } from '../core/staff/sign-in-lock.ts';
import type { StaffSession } from '../core/staff/sessions.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import { nodeIncoming } from './http-connection.ts';

/** The cookie that carries a staff session: HttpOnly, SameSite=Strict, path /api; Secure over HTTPS. */
export const staffCookie = 'kiosk_staff';

/** The cookie that marks a paired hall device (console or board) in LAN mode: HttpOnly, SameSite=Strict, path /api; Secure over HTTPS. */
export const deviceCookie = 'kiosk_device';

export interface StaffVariables {
  staffSession: StaffSession;
}

type GuardDeps = Pick<KioskDeps, 'staffSessions' | 'db' | 'config'>;

/**
 * The kiosk's own browser connects from exactly these. Anything else, even elsewhere in 127.0.0.0/8,
 * counts as another device and must pair: stricter than "any loopback", never looser.
 */
const kioskAddresses = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The address a request came over HTTP from; undefined for Electron's app://, which has no connection. */
export function remoteAddressOf(c: Context): string | undefined {
  if (!nodeIncoming(c)) return undefined;
  return getConnInfo(c).remote.address ?? '';
}

/**
 * Whether a request comes from the kiosk itself. Electron's app:// handler has no connection at all, so
 * it is local; over HTTP the socket's remote address decides, never a header a client could set.
 */
export function isLocalRequest(c: Context): boolean {
  const address = remoteAddressOf(c);
  return address === undefined || kioskAddresses.has(address);
}

/** Issue #16.8: how long a paired device may go unused before it must pair again (hall config). */
export function pairedDeviceIdleMs(deps: Pick<KioskDeps, 'config'>): number {
  return deps.config.current().config.network.pairedDeviceIdleDays * 24 * 60 * 60 * 1000;
}

/**
 * Which hall device sent a request: the kiosk itself, a paired device (by its id; marked seen), or
 * undefined for a device not paired, revoked (issue #16.8) or unused for longer than the hall allows.
 */
export function requestDevice(c: Context, deps: GuardDeps): SignInDevice | undefined {
  if (isLocalRequest(c)) return 'kiosk';
  const device = findPairedDevice(deps.db, getCookie(c, deviceCookie), { address: remoteAddressOf(c), idleLimitMs: pairedDeviceIdleMs(deps) });
  return device ? `device:${device.id}` : undefined;
}

/**
 * Whether the request came over TLS: the LAN side in LAN mode. The socket decides, not the request line,
 * which a plain-HTTP client may write as an absolute https:// URL.
 */
export function arrivedOverTls(c: Context): boolean {
  const socket = nodeIncoming(c)?.socket as { encrypted?: boolean } | undefined;
  return socket?.encrypted === true;
}

/**
 * Options of the staff and device cookies: only the kiosk's own API reads them, never sent from another
 * site's page. Issue #16.9: a cookie set over HTTPS is Secure, so a browser never sends it over plain HTTP
 * on the hall network; the kiosk's own screen on http://127.0.0.1 keeps it without, as it never leaves the PC.
 */
export function staffCookieOptions(c: Context) {
  return { httpOnly: true, sameSite: 'Strict', path: '/api', secure: arrivedOverTls(c) } as const;
}

/**
 * architecture.md, Security: in LAN mode another device must be paired (a one-time code at the kiosk).
 * The rule holds in local mode too, although the server then listens on 127.0.0.1 only: a host opened to
 * the network by mistake still lets no unpaired device in.
 */
function isTrustedDevice(c: Context, deps: GuardDeps): boolean {
  return requestDevice(c, deps) !== undefined;
}

export type StaffRefusal = 'device-not-paired' | 'staff-session-required' | 'admin-required';

const refusalStatus = { 'device-not-paired': 403, 'staff-session-required': 401, 'admin-required': 403 } as const;

/** The staff session a request carries, checked as requireStaff checks it; for routes where staff are optional. */
export function findStaffSession(
  c: Context,
  deps: GuardDeps,
  { role }: { role?: 'admin' } = {},
): { ok: true; session: StaffSession } | { ok: false; error: StaffRefusal } {
  if (!isTrustedDevice(c, deps)) return { ok: false, error: 'device-not-paired' };
  const session = deps.staffSessions.lookup(getCookie(c, staffCookie));
  if (!session) return { ok: false, error: 'staff-session-required' };
  if (role === 'admin' && session.staff.role !== 'admin') return { ok: false, error: 'admin-required' };
  return { ok: true, session };
}

export function refuseStaff(c: Context, error: StaffRefusal) {
  return c.json({ ok: false, error } as const, refusalStatus[error]);
}

/**
 * Refuses a request from another device that is not paired (403), without a live staff session (401), or,
 * for `role: 'admin'`, whose staff member is not an admin (403). A resident's page never holds the
 * cookie, so it is refused too.
 */
export function requireStaff(deps: GuardDeps, options: { role?: 'admin' } = {}) {
  return createMiddleware<{ Variables: StaffVariables }>(async (c, next) => {
    const check = findStaffSession(c, deps, options);
    if (!check.ok) return refuseStaff(c, check.error);
    c.set('staffSession', check.session);
    await next();
  });
}

/** For what hall devices may see without a staff session, such as the board's data: the kiosk itself or a paired device (else 403). */
export function requirePairedDevice(deps: GuardDeps) {
  return createMiddleware(async (c, next) => {
    if (!isTrustedDevice(c, deps)) return refuseStaff(c, 'device-not-paired');
    await next();
  });
}
