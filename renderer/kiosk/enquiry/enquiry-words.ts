import type { TFunction } from 'i18next';
import { noticeText, slotText } from '../../../electron/core/appointments/slot-text.ts';
import type { SpeechItem } from '../../voice/speech-player.ts';
import type { EnquiryItem } from './enquiry-api.ts';

/** The locale keys of an item's status and next step: `enquiry.status.county.approved`. */
export function statusKeys({ status }: EnquiryItem): { status: string; next: string } {
  const path = `${status.source}.${status.code}`;
  return { status: `enquiry.status.${path}`, next: `enquiry.next.${path}` };
}

/**
 * An appointment's line: what staff changed (cancelled, or moved from one half-day to another) or, with
 * no change, the half-day booked. Not personal: a half-day names no one.
 */
export function appointmentText(t: TFunction, { appointment }: EnquiryItem): string | undefined {
  if (!appointment) return undefined;
  if (appointment.notice) return noticeText(t, appointment.notice);
  return appointment.state === 'booked' ? t('enquiry.results.appointmentBooked', { slot: slotText(t, appointment.slot) }) : undefined;
}

/**
 * What the results screen says about one request. On the loudspeaker only the service and the status
 * words (EN 301 549 5.1.3.9: personal data only through private listening); with headphones also the
 * masked name and the reason it was handed back.
 */
export function spokenItem(item: EnquiryItem, serviceNameId: string, privateListening: boolean, appointment?: string): SpeechItem[] {
  const keys = statusKeys(item);
  const county = item.status.source === 'county' && item.status.countyText ? [{ text: item.status.countyText }] : [];
  const personal: SpeechItem[] = privateListening
    ? [...(item.maskedName ? [{ text: item.maskedName, personal: true }] : []), ...(item.returnReason ? [{ text: item.returnReason, personal: true }] : [])]
    : [];
  return [{ id: serviceNameId }, { id: keys.status }, ...county, ...(appointment ? [{ text: appointment }] : []), ...personal, { id: keys.next }];
}
