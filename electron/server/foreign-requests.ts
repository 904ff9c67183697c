import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { KioskDeps } from './kiosk-deps.ts';
import { isServedUrl, originOf } from './served-names.ts';

const stateChangingMethods: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether a state-changing request comes from a page of this kiosk's own origin. Browsers send Origin
 * on every POST, PUT, PATCH and DELETE (the Fetch standard), and Sec-Fetch-Site to a trustworthy origin;
 * either must say same origin. SameSite=Strict cookies do not: another port of 127.0.0.1 is the same site.
 * A request with neither header is not a page's (curl, the county's tools, the tests' HTTP clients): such a
 * client writes any header it likes, so the check could not stop it, and the device pairing and staff
 * session still apply to it.
 */
function isSameOrigin(c: Context, url: URL): boolean {
  const origin = c.req.header('origin');
  if (origin !== undefined) return origin === originOf(url);
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin';
  return true;
}

const refusals = {
  'unknown-host': { status: 421, message: 'This kiosk answers only to its own names and addresses.' },
  'cross-origin-request': { status: 403, message: 'This kiosk accepts changes only from its own pages.' },
} as const;

export type ForeignRequestRefusal = keyof typeof refusals;

function refuse(c: Context, error: ForeignRequestRefusal) {
  const { status, message } = refusals[error];
  if (c.req.path.startsWith('/api/')) return c.json({ ok: false, error, message } as const, status);
  return c.text(message, status);
}

/**
 * Issue #16.2: serves only this hall's names, and takes changes only from its own pages. A foreign Host
 * (a page elsewhere that rebinds its DNS name to the kiosk) is refused (421) on every path; a
 * state-changing request from another origin (another port of 127.0.0.1, another name of the kiosk) is
 * refused (403) before any route or staff check runs.
 */
export function refuseForeignHostsAndOrigins(deps: Pick<KioskDeps, 'servedAt' | 'config'>) {
  return createMiddleware(async (c, next) => {
    const url = new URL(c.req.url);
    if (!isServedUrl(url, deps.servedAt.current(), deps.config.current().config.network)) return refuse(c, 'unknown-host');
    if (stateChangingMethods.has(c.req.method) && !isSameOrigin(c, url)) return refuse(c, 'cross-origin-request');
    await next();
  });
}
