import type { TFunction } from 'i18next';
import type { LocaleId } from '../catalog/texts.ts';
import type { Receipt } from '../printing/index.ts';
import { hallClockTime } from './hall-day.ts';
import type { BusinessType } from './queue-config.ts';
import type { Ticket } from './ticket-store.ts';

export interface TicketReceiptContext {
  ticket: Ticket;
  businessType: BusinessType;
  waitingAhead: number;
  estimatedWaitMinutes: number;
  locale: LocaleId;
  hallName: string;
  dutyPhone: string;
  t: TFunction;
}

/** The paper ticket, in the resident's language: the number as large as the paper allows, and nothing about them. */
export function ticketReceipt({ ticket, businessType, waitingAhead, estimatedWaitMinutes, locale, hallName, dutyPhone, t }: TicketReceiptContext): Receipt {
  const lng = { lng: locale };
  const wait = estimatedWaitMinutes === 0 ? t('ticket.noWait', lng) : t('ticket.minutes', { ...lng, minutes: estimatedWaitMinutes });
  return {
    kind: 'queue-ticket',
    paperWidthMm: 80,
    lines: [
      { type: 'title', text: hallName },
      { type: 'text', text: t('ticket.title', lng) },
      { type: 'number', value: ticket.number },
      ...(ticket.priority ? [{ type: 'text' as const, text: t('ticket.priority', lng) }] : []),
      { type: 'row', key: t('ticket.businessType', lng), value: businessType.name[locale] },
      { type: 'row', key: t('ticket.waitingAhead', lng), value: String(waitingAhead) },
      { type: 'row', key: t('ticket.estimatedWait', lng), value: wait },
      { type: 'row', key: t('ticket.issuedAt', lng), value: hallClockTime(new Date(ticket.issuedAt)) },
      { type: 'separator' },
      { type: 'text', text: t('ticket.pleaseWait', lng) },
      { type: 'footer', text: t('ticket.dutyPhone', { ...lng, phone: dutyPhone }) },
    ],
  };
}
