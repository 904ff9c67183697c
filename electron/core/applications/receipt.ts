import type { TFunction } from 'i18next';
import type { ServiceSeed } from '../catalog/seed.ts';
import type { LocaleId } from '../catalog/texts.ts';
import type { Receipt } from '../printing/index.ts';

export interface ReceiptContext {
  seed: ServiceSeed;
  reference: string;
  createdAt: string;
  locale: LocaleId;
  hallName: string;
  dutyPhone: string;
  /** Seed texts are filled with the county's figures. */
  fill: (text: string) => string;
  t: TFunction;
  /** The booked half-day, for a service that books one (issue #7). */
  appointment?: string;
}

/** The resident's receipt: no personal data at all, only the reference and what happens next. */
export function applicationReceipt({ seed, reference, createdAt, locale, hallName, dutyPhone, fill, t, appointment }: ReceiptContext): Receipt {
  const lng = { lng: locale };
  return {
    kind: 'application-receipt',
    paperWidthMm: 80,
    lines: [
      { type: 'title', text: hallName },
      { type: 'text', text: t('form.done.receiptTitle', lng) },
      { type: 'row', key: t('form.done.service', lng), value: fill(seed.name[locale]) },
      { type: 'row', key: t('form.done.submittedAt', lng), value: createdAt.slice(0, 16).replace('T', ' ') },
      { type: 'text', text: t('form.done.referenceIs', lng) },
      { type: 'number', value: reference },
      ...(appointment ? [{ type: 'row' as const, key: t('appointments.receiptRow', lng), value: appointment }] : []),
      { type: 'separator' },
      { type: 'text', text: t('form.done.nextSteps', lng) },
      ...(seed.form?.nextSteps ?? []).map((step) => ({ type: 'text' as const, text: fill(step[locale]) })),
      { type: 'separator' },
      ...(seed.form ? [{ type: 'text' as const, text: fill(seed.form.contact[locale]) }] : []),
      { type: 'footer', text: t('form.done.dutyPhone', { ...lng, phone: dutyPhone }) },
    ],
  };
}
