import type { InferResponseType } from 'hono/client';
import { api } from './api.ts';
import { callBackend } from './backend-call.ts';

/** GET /api/appointments/slots: a service's next open days with their free places, for the kiosk's form and the console's move. */
export type SlotOffer = InferResponseType<typeof api.appointments.slots.$get, 200>;
export type OfferedDay = SlotOffer['days'][number];

/** The free half-days of a service, from `from` (a date) or, without it, from today. */
export const freeSlots = (serviceId: string, from?: string) =>
  callBackend(() => api.appointments.slots.$get({ query: from === undefined ? { serviceId } : { serviceId, from } }));
