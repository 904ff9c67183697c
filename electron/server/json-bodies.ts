import type { MiddlewareHandler } from 'hono';

const jsonMediaType = /^application\/([\w.-]+\+)?json$/i;

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && jsonMediaType.test(contentType.split(';')[0]?.trim() ?? '');
}

/**
 * Every API body is JSON (issue #8, bad input). Hono's JSON validator reads a body of another type as
 * `{}`, and `{}` is a valid timing change (every setting back to its default): so a body that does not
 * say it is JSON is refused (415) before a validator can misread it, and a PUT, which always replaces a
 * whole section, must carry one (400).
 */
export const requireJsonBodies: MiddlewareHandler = async (c, next) => {
  const length = c.req.header('content-length');
  // Over HTTP the headers say; Electron's app:// handler may pass a body stream without a length.
  const hasBody = length === undefined ? c.req.header('transfer-encoding') !== undefined || c.req.raw.body !== null : Number(length) > 0;
  if (hasBody && !isJson(c.req.header('content-type'))) {
    return c.json({ ok: false, error: 'unsupported-media-type', message: 'Send the request body as JSON (Content-Type: application/json).' } as const, 415);
  }
  if (!hasBody && c.req.method === 'PUT') {
    return c.json({ ok: false, error: 'invalid-request', message: 'This change needs a JSON body.' } as const, 400);
  }
  await next();
};
