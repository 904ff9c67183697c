import { requestBackend } from '../backend-json.ts';

/** POST /api/help, as the common contract of issue #6 gives it. */
export interface HelpRequest {
  /** Where the resident is (help-where.ts), at most 120 characters. */
  screen: string;
  serviceId?: string;
}

/** Staff are online and the hall is open: the call waits for them. */
export interface HelpWaiting {
  ok: true;
  state: 'waiting';
  id: number;
}

/** Nobody can come: no staff console is online, or the hall is closed. The resident gets the duty phone at once. */
export interface HelpUnanswered {
  ok: true;
  state: 'nobody' | 'closed';
  dutyPhone: string;
}

export type HelpCallAnswer = HelpWaiting | HelpUnanswered | { ok: false; error: 'refused' | 'unreachable' };

export async function callForHelp(request: HelpRequest): Promise<HelpCallAnswer> {
  const answer = await requestBackend<HelpWaiting | HelpUnanswered | { ok: false }>('POST', '/api/help', request);
  if (!answer.reached) return { ok: false, error: 'unreachable' };
  const { status, body } = answer;
  if ((status === 201 || status === 200) && body?.ok) return body;
  return { ok: false, error: 'refused' };
}
