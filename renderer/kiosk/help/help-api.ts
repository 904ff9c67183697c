import type { InferRequestType, InferResponseType } from 'hono/client';
import { api } from '../../api.ts';
import { callBackend } from '../../backend-call.ts';

/** POST /api/help: where the resident is (help-where.ts), and the answers, from the route's types. */
export type HelpRequest = InferRequestType<typeof api.help.$post>['json'];
/** Staff are online and the hall is open: the call waits for them. */
export type HelpWaiting = InferResponseType<typeof api.help.$post, 201>;
/** Nobody can come: no staff console is online, or the hall is closed. The resident gets the duty phone at once. */
export type HelpUnanswered = InferResponseType<typeof api.help.$post, 200>;

/** too-many: this kiosk called too often just now (issue #16.4); staff have been told. */
export type HelpCallAnswer = HelpWaiting | HelpUnanswered | { ok: false; error: 'too-many' | 'refused' | 'unreachable' };

export async function callForHelp(request: HelpRequest): Promise<HelpCallAnswer> {
  const answer = await callBackend(() => api.help.$post({ json: request }));
  if (!answer.reached) return { ok: false, error: 'unreachable' };
  if (answer.status === 201 || answer.status === 200) return answer.body;
  if (answer.status === 429) return { ok: false, error: 'too-many' };
  return { ok: false, error: 'refused' };
}

/** GET /api/help/:id: where this kiosk's call stands, after the live connection was lost and made again. */
export const helpCallState = (id: number) => callBackend(() => api.help[':id'].$get({ param: { id: String(id) } }));
