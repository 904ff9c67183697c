import en from './locales/en/translation.json' with { type: 'json' };
import zhCN from './locales/zh-CN/translation.json' with { type: 'json' };

/** The interface strings, zh-CN first (the default). Seed texts are added at run time from the catalog. */
export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

export const defaultLocale = 'zh-CN';
