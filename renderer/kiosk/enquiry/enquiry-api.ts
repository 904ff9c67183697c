import type { InferRequestType, InferResponseType } from 'hono/client';
import { api } from '../../api.ts';
import { callBackend } from '../../backend-call.ts';

/** POST /api/enquiry: what the kiosk asks, and the answer when it was looked up, from the route's types. */
export type EnquiryRequest = InferRequestType<typeof api.enquiry.$post>['json'];
export type EnquiryFound = InferResponseType<typeof api.enquiry.$post, 200>;
export type EnquiryItem = EnquiryFound['items'][number];

/** Why nothing came back: the reference was wrong (with why), too many lookups, no key, or no backend. */
export type EnquiryProblem = { error: 'reference'; problem: 'length' | 'characters' | 'checksum' } | { error: 'too-many' | 'key-unavailable' | 'unreachable' };

export async function enquire(request: EnquiryRequest): Promise<{ ok: true; items: EnquiryItem[] } | ({ ok: false } & EnquiryProblem)> {
  const answer = await callBackend(() => api.enquiry.$post({ json: request }));
  if (!answer.reached) return { ok: false, error: 'unreachable' };
  if (answer.status === 200) return { ok: true, items: answer.body.items };
  const { body } = answer;
  switch (body.error) {
    case 'invalid-reference':
      return { ok: false, error: 'reference', problem: body.problem };
    case 'too-many-enquiries':
      return { ok: false, error: 'too-many' };
    case 'key-unavailable':
      return { ok: false, error: 'key-unavailable' };
    default:
      // An ID number the kiosk already checked, refused anyway: nothing the resident can change here.
      return { ok: false, error: 'unreachable' };
  }
}
