import { setImmediate as nextTurn } from 'node:timers/promises';
import type { LocaleId } from '../catalog/texts.ts';
import type { VoiceClip } from './clip-store.ts';
import { sha256 } from './clip-store.ts';
import { clipMimeType, encodeOggVorbis, vorbisQuality } from './encode.ts';
import { espeakVoices, synthesizeWav } from './espeak.ts';
import type { SpeechTextOptions } from './speech-text.ts';
import { speechTextFor } from './speech-text.ts';
import type { Pcm } from './wav.ts';
import { decodeWav, durationMs, splitAtPauses, trimSilence } from './wav.ts';

/** Bump when the way audio is made changes without the inputs changing, so every clip is made again. */
const processingVersion = 1;

export interface Synthesis {
  locale: LocaleId;
  /** What espeak-ng is given: pinyin for zh-CN. */
  speechText: string;
  /** Fingerprint of everything that shapes the audio; a stored clip with the same one need not be made again. */
  sourceSha256: string;
}

export function planSynthesis(locale: LocaleId, text: string, options: SpeechTextOptions): Synthesis {
  const speechText = speechTextFor(locale, text, options);
  const recipe = { processingVersion, voice: espeakVoices[locale], speechText, clipMimeType, vorbisQuality };
  return { locale, speechText, sourceSha256: sha256(JSON.stringify(recipe)) };
}

/** espeak-ng → WAV → silence trimmed → Ogg Vorbis. */
export async function synthesizeClip(synthesis: Synthesis): Promise<VoiceClip> {
  return clipOf(await spokenPcm(synthesis.locale, synthesis.speechText));
}

/** Far longer than any pause espeak-ng makes inside one text (at most 0.6 s, even for "Hello. . . ."). */
const pauseBetweenTexts = '<break time="1500ms"/>';
const pauseBetweenTextsMs = 1200;

/**
 * Several texts of one language through one espeak-ng process, cut apart at long pauses put between
 * them. Starting espeak-ng costs more than speaking a sentence, so a full build is several times faster
 * this way. Should the cut not give one part per text, each text is spoken on its own instead.
 */
export async function synthesizeClips(syntheses: readonly Synthesis[]): Promise<VoiceClip[]> {
  const locale = syntheses[0]?.locale;
  if (!locale || syntheses.length === 1) return Promise.all(syntheses.map(synthesizeClip));
  if (syntheses.some((synthesis) => synthesis.locale !== locale)) throw new Error('synthesizeClips: one language per batch');
  const ssml = `<speak>${syntheses.map((synthesis) => escapeXml(synthesis.speechText)).join(pauseBetweenTexts)}</speak>`;
  const parts = splitAtPauses(decoded(await synthesizeWav(espeakVoices[locale], ssml, { ssml: true })), pauseBetweenTextsMs);
  if (parts.length !== syntheses.length) {
    const clips: VoiceClip[] = [];
    for (const synthesis of syntheses) clips.push(await synthesizeClip(synthesis));
    return clips;
  }
  const clips: VoiceClip[] = [];
  for (const part of parts) {
    // Encoding blocks the thread that also serves the screens; let waiting requests through between clips.
    await nextTurn();
    clips.push(await clipOf(part));
  }
  return clips;
}

async function spokenPcm(locale: LocaleId, speechText: string): Promise<Pcm> {
  return decoded(await synthesizeWav(espeakVoices[locale], speechText));
}

function decoded(wav: Buffer): Pcm {
  const decoding = decodeWav(wav);
  if (!decoding.ok) throw new Error(`espeak-ng gave an unreadable WAV: ${decoding.error}`);
  return decoding.pcm;
}

async function clipOf(spoken: Pcm): Promise<VoiceClip> {
  const pcm = trimSilence(spoken);
  return { source: 'synthesized', mimeType: clipMimeType, audio: await encodeOggVorbis(pcm), durationMs: durationMs(pcm) };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
