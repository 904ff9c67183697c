import type { TFunction } from 'i18next';
import type { ApiFailure } from './staff-api.ts';

/** The failures the console explains in its own words. */
const explained = ['unreachable', 'nobody-waiting', 'no-current-ticket', 'unknown-window', 'admin-required'] as const;

/** A failed action as staff read it: what happened and what to do next (product.md: Xiao Chen is not an IT person). */
export function failureText(t: TFunction, failure: ApiFailure): string {
  if ((explained as readonly string[]).includes(failure.error)) return t(`staff.errors.${failure.error}`);
  // Someone else dealt with it first (a help call cleared at another console, a staff member removed).
  if (failure.status === 404) return t('staff.errors.gone');
  return t('staff.errors.unexpected');
}
