import i18next from 'i18next';
import type { i18n } from 'i18next';
import { defaultLocale, resources } from './resources.ts';

/** An initialised i18next instance; the renderer adds react-i18next, the command-line tools use it bare. */
export function createKioskI18n(lng: string = defaultLocale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    resources,
    fallbackLng: defaultLocale,
    supportedLngs: Object.keys(resources),
    initAsync: false,
    // React escapes what it renders; the command line prints plain text.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
