import type { InferRequestType, InferResponseType } from 'hono/client';
import { api } from '../../api.ts';
import { callBackend } from '../../backend-call.ts';

/** POST /api/queue/tickets: what the kiosk sends, and the answer when a ticket is issued, from the route's types. */
export type TicketRequest = InferRequestType<typeof api.queue.tickets.$post>['json'];
export type TicketTaken = InferResponseType<typeof api.queue.tickets.$post, 201>;
export type IssuedTicket = TicketTaken['ticket'];

/**
 * Why no ticket came: the type is no longer offered, this kiosk took too many just now (issue #16.4),
 * the backend said no, or it could not be reached.
 */
export type TicketError = 'unknown-business-type' | 'too-many' | 'refused' | 'unreachable';

export async function takeTicket(request: TicketRequest): Promise<TicketTaken | { ok: false; error: TicketError }> {
  const answer = await callBackend(() => api.queue.tickets.$post({ json: request }));
  if (!answer.reached) return { ok: false, error: 'unreachable' };
  if (answer.status === 201) return answer.body;
  if (answer.status === 404 && answer.body.error === 'unknown-business-type') return { ok: false, error: 'unknown-business-type' };
  if (answer.status === 429) return { ok: false, error: 'too-many' };
  return { ok: false, error: 'refused' };
}
