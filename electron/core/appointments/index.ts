/**
 * Appointments and home visits (issue #7, product.md 5a): half-day slots from the hall's capacity
 * model, booked with the request in one transaction; staff cancel or move them, and the resident is told.
 */
export { AppointmentsConfig, ClosedDay, HalfDay, ServiceCapacity, halfDays } from './appointment-config.ts';
export { addDays, bookingWindow, dayOpening, openDates, weekdayOf } from './calendar.ts';
export type { BookedCounts, DayPlaces, HalfDayPlaces, Slot, SlotQuery } from './slots.ts';
export { bookableDays, nextFreeSlot, placesOfDay, slotIsFree } from './slots.ts';
export { parseSlotAnswer, slotAnswer, wantedSlot } from './slot-answer.ts';
export type { AppointmentNotice, AppointmentStatus, CancelResult, MoveResult, SlotTaken } from './appointment-store.ts';
export { appointmentNoticeFor, cancelAppointment, moveAppointment, saveWithBooking, storeSlotQuery } from './appointment-store.ts';
export type { BookingListing } from './bookings.ts';
export { bookingsOn } from './bookings.ts';
export type { HomeVisit } from './home-visits.ts';
export { homeVisits } from './home-visits.ts';
export { dateText, noticeText, slotText } from './slot-text.ts';
