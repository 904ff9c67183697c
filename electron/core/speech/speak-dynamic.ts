import type { LocaleId } from '../catalog/texts.ts';
import type { KioskDatabase } from '../../store/open.ts';
import type { VoiceClip } from './clip-store.ts';
import { clipFor, storedSourceSha256, storeClip } from './clip-store.ts';
import type { PinyinOverrides } from './pinyin.ts';
import { shippedPinyinOverrides } from './pinyin-overrides.ts';
import { planSynthesis, synthesizeClip } from './synthesize.ts';

export interface DynamicSpeechOptions {
  /** Ticket, reference and other numbers one character at a time: A012 → "A 零 一 二", "A, zero, one, two". */
  digitByDigit?: boolean;
  /**
   * Keep the clip for next time (default). Pass false for a resident's own answers (ID number, name,
   * phone…), which are spoken only through headphones and must not be kept (accessibility.md, Hearing;
   * EN 301 549 5.1.3.9).
   */
  cache?: boolean;
  pinyinOverrides?: PinyinOverrides;
}

export type DynamicSpeech = { ok: true; clip: VoiceClip } | { ok: false; error: 'nothing-to-say' };

/** The string ids dynamic clips are kept under; the digit mode changes the audio, so it is part of the key. */
export function dynamicClipId(digitByDigit: boolean): string {
  return digitByDigit ? 'dynamic.digit-by-digit' : 'dynamic';
}

const inFlight = new Map<string, Promise<VoiceClip>>();

/**
 * Speech for text known only at run time (a ticket number, "约 15 分钟", an interface string with its
 * placeholders filled), synthesised offline on first use and then served from the store.
 */
export async function speakDynamic(db: KioskDatabase, locale: LocaleId, text: string, options: DynamicSpeechOptions = {}): Promise<DynamicSpeech> {
  const digitByDigit = options.digitByDigit ?? false;
  const key = { locale, id: dynamicClipId(digitByDigit), text };
  const synthesis = planSynthesis(locale, text, { digitByDigit, pinyinOverrides: options.pinyinOverrides ?? shippedPinyinOverrides });
  if (synthesis.speechText === '') return { ok: false, error: 'nothing-to-say' };
  if (options.cache === false) return { ok: true, clip: await synthesizeClip(synthesis) };

  if (storedSourceSha256(db, key) === synthesis.sourceSha256) {
    const stored = clipFor(db, key.locale, key.id, key.text);
    if (stored) return { ok: true, clip: stored };
  }
  // Two screens asking for the same new text at once share one synthesis.
  const flightKey = `${locale}\n${synthesis.sourceSha256}`;
  let pending = inFlight.get(flightKey);
  if (!pending) {
    pending = synthesizeClip(synthesis)
      .then((clip) => {
        storeClip(db, key, clip, synthesis.sourceSha256);
        return clip;
      })
      .finally(() => inFlight.delete(flightKey));
    inFlight.set(flightKey, pending);
  }
  return { ok: true, clip: await pending };
}
