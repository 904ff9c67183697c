import type { ClientResponse } from 'hono/client';
import type { StatusCode, SuccessStatusCode } from 'hono/utils/http-status';
import type { AppRefusal } from '../electron/server/app.ts';

/** One status a route declares, with the JSON body it declares for that status. */
type RouteAnswer<Response> =
  Response extends ClientResponse<infer Body, infer Status, string> ? (Status extends StatusCode ? { reached: true; status: Status; body: Body } : never) : never;

/**
 * Before any route, the app's guards may refuse, with a failure status (electron/server/app.ts: pairing,
 * body limits, an internal error); those answers are not in a route's own types.
 */
export type GuardRefusal = {
  reached: true;
  status: Exclude<StatusCode, SuccessStatusCode>;
  body: { ok: false; error: AppRefusal; message?: string };
};

/** What a route answered, typed per status from the route itself, or nothing when no readable answer came. */
export type BackendAnswer<Response> = RouteAnswer<Response> | GuardRefusal | { reached: false };

/** The bodies a route sends when it succeeds. */
export type SuccessBody<Response> = Extract<RouteAnswer<Response>, { status: SuccessStatusCode }>['body'];

/**
 * A call through the typed client (renderer/api.ts), whatever the status: the kiosk, the console and the
 * board read refusals (401, 403, 423) as answers. A network failure, or a body that is not the API's JSON,
 * is a value, not an exception.
 */
export async function callBackend<Response extends ClientResponse<unknown, number, string>>(send: () => Promise<Response>): Promise<BackendAnswer<Response>> {
  try {
    const response = await send();
    const body: unknown = await response.json();
    return { reached: true, status: response.status, body } as BackendAnswer<Response>;
  } catch {
    return { reached: false };
  }
}
