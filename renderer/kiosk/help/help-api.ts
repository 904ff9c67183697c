import type { InferRequestType, InferResponseType } from 'hono/client';
import type { api } from '../../api.ts';
import { requestBackend } from '../../backend-json.ts';

/** POST /api/help: where the resident is (help-where.ts), and the answers, from the route's types. */
export type HelpRequest = InferRequestType<typeof api.help.$post>['json'];
/** Staff are online and the hall is open: the call waits for them. */
export type HelpWaiting = InferResponseType<typeof api.help.$post, 201>;
/** Nobody can come: no staff console is online, or the hall is closed. The resident gets the duty phone at once. */
export type HelpUnanswered = InferResponseType<typeof api.help.$post, 200>;

/** too-many: this kiosk called too often just now (issue #16.4); staff have been told. */
export type HelpCallAnswer = HelpWaiting | HelpUnanswered | { ok: false; error: 'too-many' | 'refused' | 'unreachable' };

export async function callForHelp(request: HelpRequest): Promise<HelpCallAnswer> {
  const answer = await requestBackend<HelpWaiting | HelpUnanswered | { ok: false }>('POST', '/api/help', request);
  if (!answer.reached) return { ok: false, error: 'unreachable' };
  const { status, body } = answer;
  if ((status === 201 || status === 200) && body?.ok) return body;
  if (status === 429) return { ok: false, error: 'too-many' };
  return { ok: false, error: 'refused' };
}
