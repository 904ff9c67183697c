/** What a backend route answered: its status and JSON body, or nothing when it could not be reached. */
export type BackendAnswer<Body> = { reached: true; status: number; body: Body | undefined } | { reached: false };

/**
 * A JSON request to the kiosk's own backend, by relative URL so it works on http:// and app:// alike,
 * whatever the status: the kiosk, the console and the board read refusals (401, 403, 423) as answers.
 * Callers type the body from the route (InferResponseType). A network failure is a value, not an exception.
 */
export async function requestBackend<Body>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, json?: unknown): Promise<BackendAnswer<Body>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: json === undefined ? {} : { 'Content-Type': 'application/json' },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  } catch {
    return { reached: false };
  }
  try {
    return { reached: true, status: response.status, body: (await response.json()) as Body };
  } catch {
    return { reached: true, status: response.status, body: undefined };
  }
}
