import type { Context, MiddlewareHandler } from 'hono';
import { nodeIncoming } from './http-connection.ts';

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && jsonMediaType.test(contentType.split(';')[0]?.trim() ?? '');
}

/**
 * Whether a request carries a body. Over HTTP the headers say, and only they (RFC 9112 §6.3: with neither
 * Content-Length nor Transfer-Encoding a request has none): @hono/node-server gives every request but GET
 * and HEAD a body stream, so a browser's bodyless DELETE (sign-out, removing a staff member) has one
 * (issue #16.1). Electron's app:// handler passes a stream without a length, and no stream when the page
 * sent no body, so there the stream says.
 */
function hasBody(c: Context): boolean {
  const length = c.req.header('content-length');
  if (length !== undefined) return Number(length) > 0;
  if (c.req.header('transfer-encoding') !== undefined) return true;
  return nodeIncoming(c) === undefined && c.req.raw.body !== null;
}

/** How requireJsonBodies refuses (the renderer's typed client reads it). */
export type JsonBodyRefusal = 'unsupported-media-type' | 'invalid-request';

/**
 * Every API body is JSON (issue #8, bad input). Hono's JSON validator reads a body of another type as
 * `{}`, and `{}` is a valid timing change (every setting back to its default): so a body that does not
 * say it is JSON is refused (415) before a validator can misread it, and a PUT, which always replaces a
 * whole section, must carry one (400).
 */
export const requireJsonBodies: MiddlewareHandler = async (c, next) => {
  const withBody = hasBody(c);
  if (withBody && !isJson(c.req.header('content-type'))) {
    return c.json({ ok: false, error: 'unsupported-media-type', message: 'Send the request body as JSON (Content-Type: application/json).' } as const, 415);
  }
  if (!withBody && c.req.method === 'PUT') {
    return c.json({ ok: false, error: 'invalid-request', message: 'This change needs a JSON body.' } as const, 400);
  }
  await next();
};
