import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * The Node request behind a request that came over HTTP (@hono/node-server puts it in the context's env).
 * Undefined for Electron's app:// handler (protocol.handle), which passes a bare Request with no connection.
 */
export function nodeIncoming(c: Context): IncomingMessage | undefined {
  const env = c.env as { incoming?: IncomingMessage; server?: { incoming?: IncomingMessage } } | undefined;
  return (env?.server ?? env)?.incoming;
}
