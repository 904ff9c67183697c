import type { Localised } from '../../electron/config/localised.ts';

/** A config text (a window's or business type's name) in the page's language; zh-CN unless English. */
export function inLanguage(text: Localised, language: string): string {
  return language === 'en' ? text.en : text['zh-CN'];
}
