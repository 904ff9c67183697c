import type { LocaleId } from '../catalog/texts.ts';
import type { VoiceClip } from './clip-store.ts';
import type { PinyinOverrides } from './pinyin.ts';
import { shippedPinyinOverrides } from './pinyin-overrides.ts';
import { planSynthesis, synthesizeClip } from './synthesize.ts';
import type { VoiceCache } from './voice-cache.ts';
import { cachedRunTimeClip, keepRunTimeClip } from './voice-cache.ts';

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
  /**
   * Issue #16.4: asked before espeak-ng runs (a cached clip costs nothing), with the characters to
   * synthesise; false refuses the synthesis.
   */
  allowSynthesis?: (characters: number) => boolean;
}

export type DynamicSpeech = { ok: true; clip: VoiceClip } | { ok: false; error: 'nothing-to-say' | 'synthesis-refused' };

const inFlight = new Map<string, Promise<VoiceClip>>();

/**
 * Speech for text known only at run time (a ticket number, "约 15 分钟", an interface string with its
 * placeholders filled), synthesised offline on first use and then served from the run-time voice cache.
 */
export async function speakDynamic(cache: VoiceCache, locale: LocaleId, text: string, options: DynamicSpeechOptions = {}): Promise<DynamicSpeech> {
  const digitByDigit = options.digitByDigit ?? false;
  const synthesis = planSynthesis(locale, text, { digitByDigit, pinyinOverrides: options.pinyinOverrides ?? shippedPinyinOverrides });
  if (synthesis.speechText === '') return { ok: false, error: 'nothing-to-say' };
  const key = { locale, digitByDigit, text, sourceSha256: synthesis.sourceSha256 };
  const allowed = () => options.allowSynthesis?.([...text].length) ?? true;
  if (options.cache === false) {
    if (!allowed()) return { ok: false, error: 'synthesis-refused' };
    return { ok: true, clip: await synthesizeClip(synthesis) };
  }

  const stored = cachedRunTimeClip(cache, key);
  if (stored) return { ok: true, clip: stored };
  // Two screens asking for the same new text at once share one synthesis, and pay for it once.
  const flightKey = `${locale}\n${synthesis.sourceSha256}`;
  let pending = inFlight.get(flightKey);
  if (!pending) {
    if (!allowed()) return { ok: false, error: 'synthesis-refused' };
    pending = synthesizeClip(synthesis)
      .then((clip) => {
        keepRunTimeClip(cache, key, clip);
        return clip;
      })
      .finally(() => inFlight.delete(flightKey));
    inFlight.set(flightKey, pending);
  }
  return { ok: true, clip: await pending };
}
