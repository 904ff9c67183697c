import type { i18n } from 'i18next';
import { localeIds, seedTexts } from '../../electron/core/catalog/texts.ts';
import type { ServiceSeed } from '../../electron/core/catalog/seed.ts';

/** Seed texts live in the `seeds` namespace under their stable ids, so they go through i18next like the rest. */
export const seedNamespace = 'seeds';

export function addSeedTexts(instance: i18n, services: readonly ServiceSeed[]): void {
  for (const service of services) {
    for (const text of seedTexts(service)) {
      for (const locale of localeIds) instance.addResource(locale, seedNamespace, text.id, text[locale]);
    }
  }
}
