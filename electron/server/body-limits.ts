import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

const kibibyte = 1024;

/**
 * Request body limits per route group (issue #8, bad input): an application carries a whole form, an
 * admin's change a section of the config, and everything else is a small command. Listed longest
 * prefix first; a body over its limit is refused with 413 before anything reads it.
 */
export const bodyLimits: readonly { prefix: string; maxBytes: number }[] = [
  { prefix: '/api/applications', maxBytes: 64 * kibibyte },
  { prefix: '/api/staff/admin', maxBytes: 16 * kibibyte },
  { prefix: '/api', maxBytes: 4 * kibibyte },
];

export function bodyLimitFor(path: string): number {
  const group = bodyLimits.find(({ prefix }) => path === prefix || path.startsWith(`${prefix}/`));
  return group?.maxBytes ?? 4 * kibibyte;
}

export type BodyLimitRefusal = 'body-too-large';

function refuseTooLarge(maxBytes: number) {
  return (c: Context) =>
    c.json({ ok: false, error: 'body-too-large', message: `The request body is larger than this route accepts (${maxBytes / kibibyte} KiB).`, maxBytes } as const, 413);
}

const limiters = new Map(bodyLimits.map(({ maxBytes }) => [maxBytes, bodyLimit({ maxSize: maxBytes, onError: refuseTooLarge(maxBytes) })]));

/** For /api/*: picks the route group's limit and lets Hono's bodyLimit count the bytes, with or without Content-Length. */
export const limitRequestBodies: MiddlewareHandler = (c, next) => {
  const maxBytes = bodyLimitFor(c.req.path);
  const limiter = limiters.get(maxBytes) ?? bodyLimit({ maxSize: maxBytes, onError: refuseTooLarge(maxBytes) });
  return limiter(c, next);
};
