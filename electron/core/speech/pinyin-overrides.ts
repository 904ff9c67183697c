import { z } from 'zod';
import shipped from '../../../renderer/i18n/locales/zh-CN/pinyin-overrides.json' with { type: 'json' };
import { normalisedReading } from './pinyin.ts';

/**
 * renderer/i18n/locales/zh-CN/pinyin-overrides.json: word → the reading espeak-ng's cmn-latn-pinyin voice
 * is given instead of the dictionary's, in tone-numbered pinyin ("重听": "chong2 ting1"; ü may be written
 * ü or v, the neutral tone 5). A Latin word may map to itself ("English": "English") to be read whole
 * instead of spelled; pinyin.test.ts proves no override makes the voice switch to English.
 */
export const PinyinOverridesFile = z.record(
  z.string().trim().min(1),
  z
    .string()
    .transform(normalisedReading)
    .pipe(z.string().regex(/^[A-Za-z]+[1-5]?( [A-Za-z]+[1-5]?)*$/, 'tone-numbered pinyin syllables separated by spaces, such as "chong2 ting1"')),
);

export const shippedPinyinOverrides = PinyinOverridesFile.parse(shipped);
