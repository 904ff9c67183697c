import type { InferRequestType, InferResponseType } from 'hono/client';
import type { api } from '../../api.ts';
import { requestBackend } from '../../backend-json.ts';

/** POST /api/enquiry: what the kiosk asks, and the answer when it was looked up, from the route's types. */
export type EnquiryRequest = InferRequestType<typeof api.enquiry.$post>['json'];
export type EnquiryFound = InferResponseType<typeof api.enquiry.$post, 200>;
export type EnquiryItem = EnquiryFound['items'][number];
type EnquiryRefused = InferResponseType<typeof api.enquiry.$post, 422 | 429 | 503>;

/** Why nothing came back: the reference was wrong (with why), too many lookups, no key, or no backend. */
export type EnquiryProblem = { error: 'reference'; problem: 'length' | 'characters' | 'checksum' } | { error: 'too-many' | 'key-unavailable' | 'unreachable' };

export async function enquire(request: EnquiryRequest): Promise<{ ok: true; items: EnquiryItem[] } | ({ ok: false } & EnquiryProblem)> {
  const answer = await requestBackend<EnquiryFound | EnquiryRefused>('POST', '/api/enquiry', request);
  if (!answer.reached || !answer.body) return { ok: false, error: 'unreachable' };
  const { body } = answer;
  if (body.ok) return { ok: true, items: body.items };
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
