import { createHash } from 'node:crypto';
import type { LocaleId } from '../catalog/texts.ts';
import type { KioskDatabase } from '../../store/open.ts';
import type { AudioClip } from './recordings.ts';

export type ClipSource = 'synthesized' | 'recorded';

export interface VoiceClip extends AudioClip {
  source: ClipSource;
}

export interface ClipKey {
  locale: LocaleId;
  id: string;
  text: string;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

interface ClipRow {
  source: ClipSource;
  mime_type: string;
  audio: Buffer;
  duration_ms: number;
}

/** The clip stored for exactly this text, if any; a clip made for an earlier wording never answers. */
export function clipFor(db: KioskDatabase, locale: LocaleId, id: string, text: string): VoiceClip | undefined {
  const row = db
    .prepare<[string, string, string], ClipRow>(
      'SELECT source, mime_type, audio, duration_ms FROM voice_clip WHERE locale = ? AND string_id = ? AND text_sha256 = ?',
    )
    .get(locale, id, sha256(text));
  return row && { source: row.source, mimeType: row.mime_type, audio: row.audio, durationMs: row.duration_ms };
}

/** What made the stored clip for exactly this text (see 003-voice-clips.ts), if there is one. */
export function storedSourceSha256(db: KioskDatabase, key: ClipKey): string | undefined {
  return db
    .prepare<[string, string, string], { source_sha256: string }>(
      'SELECT source_sha256 FROM voice_clip WHERE locale = ? AND string_id = ? AND text_sha256 = ?',
    )
    .get(key.locale, key.id, sha256(key.text))?.source_sha256;
}


/** Stores a clip, replacing any for the same text. With `replaceOtherTexts`, clips for the id's earlier wordings go. */
export function storeClip(
  db: KioskDatabase,
  key: ClipKey,
  clip: VoiceClip,
  sourceSha256: string,
  { now = new Date(), replaceOtherTexts = false } = {},
): void {
  const textSha256 = sha256(key.text);
  db.transaction(() => {
    if (replaceOtherTexts) {
      db.prepare('DELETE FROM voice_clip WHERE locale = ? AND string_id = ? AND text_sha256 <> ?').run(key.locale, key.id, textSha256);
    }
    db.prepare(
      `INSERT INTO voice_clip (locale, string_id, text_sha256, source, source_sha256, mime_type, audio, duration_ms, created_at)
       VALUES (@locale, @id, @textSha256, @source, @sourceSha256, @mimeType, @audio, @durationMs, @createdAt)
       ON CONFLICT (locale, string_id, text_sha256) DO UPDATE SET source = excluded.source, source_sha256 = excluded.source_sha256,
         mime_type = excluded.mime_type, audio = excluded.audio, duration_ms = excluded.duration_ms, created_at = excluded.created_at`,
    ).run({
      locale: key.locale,
      id: key.id,
      textSha256,
      source: clip.source,
      sourceSha256,
      mimeType: clip.mimeType,
      audio: clip.audio,
      durationMs: clip.durationMs,
      createdAt: now.toISOString(),
    });
  })();
}
