import { z } from 'zod';
import { Localised } from '../../config/localised.ts';

/** A booking is for a half-day, as halls work: 上午 or 下午, never a minute. */
export const halfDays = ['morning', 'afternoon'] as const;
export const HalfDay = z.enum(halfDays);
export type HalfDay = z.infer<typeof HalfDay>;

const isoDate = z.iso.date('a date such as 2026-10-01');

/** How many people one service can see in each half-day, and at most in a whole day. */
export const ServiceCapacity = z
  .strictObject({
    morning: z.int().min(0).max(200),
    afternoon: z.int().min(0).max(200),
    /** A day's limit when it is less than both half-days together (staff who go out for home visits, say). */
    perDay: z.int().min(1).max(400).optional(),
  })
  .refine((capacity) => capacity.morning + capacity.afternoon > 0, 'a service needs at least one place in a half-day');
export type ServiceCapacity = z.infer<typeof ServiceCapacity>;

/** A holiday or a day the hall is shut, with what residents are told. */
export const ClosedDay = z.strictObject({
  date: isoDate,
  reason: Localised.optional(),
});
export type ClosedDay = z.infer<typeof ClosedDay>;

/** Appointments (issue #7): which days can be booked, and the places per service and half-day. */
export const AppointmentsConfig = z.strictObject({
  /** Weekdays the hall takes appointments: 1 = Monday … 7 = Sunday. */
  workingDays: z
    .array(z.int().min(1).max(7))
    .min(1)
    .refine((days) => new Set(days).size === days.length, 'each weekday once'),
  /** Holidays and closing days: never offered, even on a working weekday. */
  closedDays: z
    .array(ClosedDay)
    .default([])
    .refine((days) => new Set(days.map((day) => day.date)).size === days.length, 'each closed date once'),
  /** How far ahead a resident may book, in days from today; booking starts tomorrow. */
  daysAhead: z.int().min(1).max(90).default(14),
  /** Places per service id (a seed with a slot question). */
  services: z.record(z.string().regex(/^[a-z0-9-]+$/, 'a service id such as home-visit'), ServiceCapacity),
});
export type AppointmentsConfig = z.infer<typeof AppointmentsConfig>;
