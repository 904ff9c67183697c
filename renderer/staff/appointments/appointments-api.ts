import type { InferResponseType } from 'hono/client';
import { api } from '../../api.ts';
import type { Slot } from '../../../electron/core/appointments/slots.ts';
import { freeSlots } from '../../slot-offer.ts';
import { staffCall, staffResult } from '../staff-api.ts';

/** The console's calls to /api/appointments, their answers typed from the routes. */
export type DayBookings = InferResponseType<typeof api.appointments.bookings.$get, 200>;
export type Booking = DayBookings['bookings'][number];
export type HomeVisitList = InferResponseType<(typeof api.appointments)['home-visits']['$get'], 200>;
export type HomeVisit = HomeVisitList['visits'][number];

const byId = (id: number) => ({ param: { id: String(id) } });

export const appointmentsApi = {
  bookingsOn: (date: string) => staffCall(() => api.appointments.bookings.$get({ query: { date } })),
  freeSlots: (serviceId: string, from: string) => staffResult(freeSlots(serviceId, from)),
  cancel: (id: number) => staffCall(() => api.appointments[':id'].cancel.$post(byId(id))),
  move: (id: number, to: Slot) => staffCall(() => api.appointments[':id'].move.$post({ ...byId(id), json: to })),
  homeVisits: (from: string, to: string) => staffCall(() => api.appointments['home-visits'].$get({ query: { from, to } })),
};
