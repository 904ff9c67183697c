import type { KioskDatabase } from '../../store/open.ts';
import type { BuildCounts, BuildOptions, VoiceEntry } from './build-clips.ts';
import { buildClips } from './build-clips.ts';
import type { VoiceClip } from './clip-store.ts';
import { clipFor, sha256, storedSourceSha256 } from './clip-store.ts';

export type ClipOnDemand =
  | {
      ok: true;
      clip: VoiceClip;
      /** Changes when the text changes, and when a new pronunciation or recording remakes the clip. */
      fingerprint: string;
    }
  | { ok: false; error: 'nothing-to-say' | 'speech-unavailable' };

const inFlight = new WeakMap<KioskDatabase, Map<string, Promise<BuildCounts>>>();

/**
 * The clip of a string whose whole text is known. One the build has not reached yet (a fresh kiosk, a
 * changed string) is made now and stored under its id, so a screen is never silent while clips are built
 * (accessibility.md, Hearing: every screen speaks within 1 s).
 */
export async function clipOnDemand(db: KioskDatabase, entry: VoiceEntry, options: BuildOptions): Promise<ClipOnDemand> {
  let clip = clipFor(db, entry.locale, entry.id, entry.text);
  if (!clip) {
    const counts = await buildOnce(db, entry, options);
    clip = clipFor(db, entry.locale, entry.id, entry.text);
    // Why synthesis failed (espeak-ng missing, say) is logged by the start-up build as voice.failed.
    if (!clip) return { ok: false, error: counts.silent > 0 ? 'nothing-to-say' : 'speech-unavailable' };
  }
  return { ok: true, clip, fingerprint: sha256(`${entry.text}\n${storedSourceSha256(db, entry) ?? ''}`) };
}

/** Two screens asking for the same new string at once share one synthesis. */
function buildOnce(db: KioskDatabase, entry: VoiceEntry, options: BuildOptions): Promise<BuildCounts> {
  const pending = inFlight.get(db) ?? new Map<string, Promise<BuildCounts>>();
  inFlight.set(db, pending);
  const key = `${entry.locale}\n${entry.id}\n${entry.text}`;
  const building = pending.get(key) ?? buildClips(db, [entry], options).finally(() => pending.delete(key));
  pending.set(key, building);
  return building;
}
