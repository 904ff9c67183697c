import { requestBackend } from '../backend-json.ts';

/** The kiosk's languages, as the ticket is printed in one of them. */
export type TicketLocale = 'zh-CN' | 'en';

/** POST /api/queue/tickets, as the common contract of issue #6 gives it. */
export interface TicketRequest {
  /** The business type's letter, such as 'A'. */
  businessType: string;
  priority: boolean;
  locale: TicketLocale;
}

export interface IssuedTicket {
  /** 'A012', or with the priority mark 'YA003'. */
  number: string;
  businessType: string;
  priority: boolean;
  issuedAt: string;
}

export interface TicketTaken {
  ok: true;
  ticket: IssuedTicket;
  waitingAhead: number;
  estimatedWaitMinutes: number;
  printed: boolean;
}

/** Why no ticket came: the type is no longer offered, the backend said no, or it could not be reached. */
export type TicketError = 'unknown-business-type' | 'refused' | 'unreachable';

export async function takeTicket(request: TicketRequest): Promise<TicketTaken | { ok: false; error: TicketError }> {
  const answer = await requestBackend<TicketTaken | { ok: false; error: string }>('POST', '/api/queue/tickets', request);
  if (!answer.reached) return { ok: false, error: 'unreachable' };
  const { status, body } = answer;
  if (status === 201 && body?.ok) return body;
  if (status === 404 && body?.ok === false && body.error === 'unknown-business-type') return { ok: false, error: 'unknown-business-type' };
  return { ok: false, error: 'refused' };
}
