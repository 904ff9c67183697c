import type { TFunction } from 'i18next';
import { slotText } from '../../../electron/core/appointments/slot-text.ts';
import type { Slot } from '../../../electron/core/appointments/slots.ts';

/** What the resident is told when their half-day filled while they finished: what happened, that their answers are kept, and the next free one. */
export function slotTakenText(t: TFunction, taken: Slot | undefined, next: Slot | undefined): string {
  const slot = taken ? slotText(t, taken) : '';
  return next ? t('appointments.takenNext', { slot, next: slotText(t, next) }) : t('appointments.taken', { slot });
}
