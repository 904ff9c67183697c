import type { LocaleId } from '../catalog/texts.ts';
import { englishSpeechText } from './english-speech-text.ts';
import type { PinyinOverrides } from './pinyin.ts';
import { toneNumberedPinyin } from './pinyin.ts';

export interface SpeechTextOptions {
  /** Read numbers one digit at a time (tickets, reference numbers); amounts before a unit stay amounts. */
  digitByDigit?: boolean;
  pinyinOverrides: PinyinOverrides;
}

/** What espeak-ng is given for a text in the kiosk's language: pinyin for zh-CN, prepared English for en. */
export function speechTextFor(locale: LocaleId, text: string, options: SpeechTextOptions): string {
  switch (locale) {
    case 'zh-CN':
      return toneNumberedPinyin(text, options.pinyinOverrides, { digitByDigit: options.digitByDigit });
    case 'en':
      return englishSpeechText(text, { digitByDigit: options.digitByDigit });
    default: {
      const unknown: never = locale;
      throw new Error(`no speech for locale ${String(unknown)}`);
    }
  }
}
