import type { SpeechItem } from '../../voice/speech-player.ts';
import type { EnquiryItem } from './enquiry-api.ts';

/** The locale keys of an item's status and next step: `enquiry.status.county.approved`. */
export function statusKeys({ status }: EnquiryItem): { status: string; next: string } {
  const path = `${status.source}.${status.code}`;
  return { status: `enquiry.status.${path}`, next: `enquiry.next.${path}` };
}

/**
 * What the results screen says about one request. On the loudspeaker only the service and the status
 * words (EN 301 549 5.1.3.9: personal data only through private listening); with headphones also the
 * masked name and the reason it was handed back.
 */
export function spokenItem(item: EnquiryItem, serviceNameId: string, privateListening: boolean): SpeechItem[] {
  const keys = statusKeys(item);
  const county = item.status.source === 'county' && item.status.countyText ? [{ text: item.status.countyText }] : [];
  const personal: SpeechItem[] = privateListening
    ? [...(item.maskedName ? [{ text: item.maskedName, personal: true }] : []), ...(item.returnReason ? [{ text: item.returnReason, personal: true }] : [])]
    : [];
  return [{ id: serviceNameId }, { id: keys.status }, ...county, ...personal, { id: keys.next }];
}
