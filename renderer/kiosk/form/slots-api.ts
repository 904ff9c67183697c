import { freeSlots } from '../../slot-offer.ts';
import type { SlotOffer } from '../../slot-offer.ts';

/** The free half-days of a service from today, or 'unavailable' when the backend could not say. */
export async function fetchSlots(serviceId: string): Promise<SlotOffer | 'unavailable'> {
  const answer = await freeSlots(serviceId);
  return answer.reached && answer.status === 200 && answer.body.ok ? answer.body : 'unavailable';
}
