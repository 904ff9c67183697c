import type { InferResponseType } from 'hono/client';
import type { api } from '../../api.ts';
import type { Slot } from '../../../electron/core/appointments/slots.ts';
import { request } from '../staff-api.ts';

/** The console's calls to /api/appointments, their answers typed from the routes. */
export type DayBookings = InferResponseType<typeof api.appointments.bookings.$get, 200>;
export type Booking = DayBookings['bookings'][number];
export type HomeVisitList = InferResponseType<(typeof api.appointments)['home-visits']['$get'], 200>;
export type HomeVisit = HomeVisitList['visits'][number];
export type SlotOffer = InferResponseType<typeof api.appointments.slots.$get, 200>;

const bookingPath = (id: number, action: 'cancel' | 'move') => `/api/appointments/${id}/${action}`;

export const appointmentsApi = {
  bookingsOn: (date: string) => request<DayBookings>('GET', `/api/appointments/bookings?date=${date}`),
  freeSlots: (serviceId: string, from: string) => request<SlotOffer>('GET', `/api/appointments/slots?serviceId=${encodeURIComponent(serviceId)}&from=${from}`),
  cancel: (id: number) => request('POST', bookingPath(id, 'cancel')),
  move: (id: number, to: Slot) => request<{ id: number }>('POST', bookingPath(id, 'move'), to),
  homeVisits: (from: string, to: string) => request<HomeVisitList>('GET', `/api/appointments/home-visits?from=${from}&to=${to}`),
};
