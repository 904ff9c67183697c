import type { InferResponseType } from 'hono/client';
import type { api } from '../../api.ts';
import { requestBackend } from '../../backend-json.ts';

/** GET /api/appointments/slots: a service's next open days with their free places, from the route's types. */
export type SlotOffer = InferResponseType<typeof api.appointments.slots.$get, 200>;
export type OfferedDay = SlotOffer['days'][number];

/** The free half-days of a service, or 'unavailable' when the backend could not say. */
export async function fetchSlots(serviceId: string): Promise<SlotOffer | 'unavailable'> {
  const answer = await requestBackend<SlotOffer>('GET', `/api/appointments/slots?serviceId=${encodeURIComponent(serviceId)}`);
  return answer.reached && answer.status === 200 && answer.body?.ok ? answer.body : 'unavailable';
}
