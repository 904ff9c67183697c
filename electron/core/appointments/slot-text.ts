import type { TFunction } from 'i18next';
import { weekdayOf } from './calendar.ts';
import type { AppointmentNotice } from './appointment-store.ts';
import type { Slot } from './slots.ts';

/** A date as residents say it, 12月1日 星期二 / Tuesday 1 December, from the locales (appointments.*). */
export function dateText(t: TFunction, date: string, lng?: string): string {
  const [, month, day] = date.split('-').map(Number);
  return t('appointments.date', { lng, month: t(`appointments.month.${month}`, { lng }), day, weekday: t(`appointments.weekday.${weekdayOf(date)}`, { lng }) });
}

/** A booked half-day as the check page, the receipt and the console say it: 12月1日 星期二 上午. */
export function slotText(t: TFunction, slot: Slot, lng?: string): string {
  return t('appointments.slot', { lng, date: dateText(t, slot.date, lng), halfDay: t(`appointments.halfDay.${slot.halfDay}`, { lng }) });
}

/** What the progress enquiry says of a staff change to the resident's appointment (appointmentNoticeFor's notice). */
export function noticeText(t: TFunction, notice: AppointmentNotice, lng?: string): string {
  switch (notice.kind) {
    case 'cancelled':
      return t('appointments.notice.cancelled', { lng, slot: slotText(t, notice.slot, lng) });
    case 'moved':
      return t('appointments.notice.moved', { lng, from: slotText(t, notice.from, lng), to: slotText(t, notice.to, lng) });
    default: {
      const unknown: never = notice;
      throw new Error(`unknown appointment notice ${JSON.stringify(unknown)}`);
    }
  }
}
