import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { z } from 'zod';
import { TypedLines } from '../core/applications/typed-text.ts';
import { LocaleId } from '../core/catalog/seed.ts';
import { clipOnDemand, hallStringFinder, speakDynamic } from '../core/speech/index.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import { takeRequestAllowance } from './request-limits.ts';
import { validated } from './validated.ts';

/**
 * Issue #16.4: the longest text one speak request may carry. The longest the renderer asks for is the
 * check page reading back every answer of a form in one go (CheckAnswersScreen): at most 773 characters,
 * in English for home-visit, with every free-text answer at its seed's maxLength, the longest names, banks
 * and choices (measured by spoken-text-length.test.ts, which fails if a seed or a string outgrows the
 * margin). 1,000 leaves room for a longer label or answer; the rate limit bounds the CPU it costs.
 */
export const longestSpokenText = 1000;

const ClipParams = z.object({ locale: LocaleId, id: z.string().min(1).max(200) });

/**
 * Strict: a misspelt `private` is refused rather than ignored, which would keep a resident's answer in
 * the database (EN 301 549 5.1.3.9: personal data only through private listening, and never stored).
 */
const SpeakRequest = z.strictObject({
  locale: LocaleId,
  // Issue #16.10: a screen's words or a resident's answer, never a control character for espeak-ng.
  text: TypedLines.min(1).max(longestSpokenText),
  digitByDigit: z.boolean().optional(),
  /** A resident's own answer (ID number, name, phone…): spoken, never stored. */
  private: z.boolean().optional(),
});

/**
 * /api/audio: the voice of every screen (accessibility.md, Hearing).
 * - GET /clips/:locale/:id: the clip of an interface string or seed text, as the hall shows it now.
 * - POST /speak: text known only at run time (a ticket number, a resident's answer).
 */
export function audioRoutes(deps: Pick<KioskDeps, 'db' | 'voice' | 'voiceCache' | 'limits' | 'log' | 'staffSessions' | 'config' | 'hub'>) {
  const { db, voice } = deps;
  const findString = hallStringFinder(voice);
  const buildOptions = { pinyinOverrides: voice.pinyinOverrides, voiceDir: voice.voiceDir };
  return new Hono()
    .get(
      '/clips/:locale/:id',
      // The ETag follows the text and what made the audio: a changed string or a new recording is fetched again.
      etag(),
      // A malformed locale or id names no string the hall has: the same 404 as an unknown one.
      validated('param', ClipParams, (_, c) => c.json({ ok: false, error: 'unknown-string' } as const, 404)),
      async (c) => {
        const { locale, id } = c.req.valid('param');
        const found = findString(locale, id);
        if (found.known === 'no') return c.json({ ok: false, error: 'unknown-string' } as const, 404);
        if (found.known === 'needs-text') return c.json({ ok: false, error: 'needs-text' } as const, 404);
        const made = await clipOnDemand(db, found.entry, buildOptions);
        if (!made.ok) return made.error === 'nothing-to-say' ? c.json({ ok: false, error: made.error } as const, 422) : c.json({ ok: false, error: made.error } as const, 503);
        return c.body(new Uint8Array(made.clip.audio), 200, {
          'Content-Type': made.clip.mimeType,
          'Cache-Control': 'no-cache',
          ETag: `"${made.fingerprint}"`,
        });
      },
    )
    .post(
      '/speak',
      validated('json', SpeakRequest),
      async (c) => {
        const request = c.req.valid('json');
        // Issue #16.4: what espeak-ng would synthesise is paid for in characters; a cached clip is free.
        let refused: Response | undefined;
        const allowSynthesis = (characters: number) => {
          refused = takeRequestAllowance(c, deps, 'speechCharacters', characters);
          return refused === undefined;
        };
        const options = { digitByDigit: request.digitByDigit, cache: !request.private, pinyinOverrides: voice.pinyinOverrides, allowSynthesis };
        // espeak-ng missing or broken is logged at start-up (voice.failed); the screen carries on without sound.
        const spoken = await speakDynamic(deps.voiceCache, request.locale, request.text, options).catch(() => undefined);
        if (!spoken) return c.json({ ok: false, error: 'speech-unavailable' } as const, 503);
        if (!spoken.ok && refused) return refused;
        if (!spoken.ok) return c.json({ ok: false, error: spoken.error } as const, 422);
        return c.body(new Uint8Array(spoken.clip.audio), 200, { 'Content-Type': spoken.clip.mimeType, 'Cache-Control': 'no-store' });
      },
    );
}
