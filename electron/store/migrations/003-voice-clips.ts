/**
 * Voice clips made ahead of time (accessibility.md, Hearing), one per language, string id and exact text.
 * `source_sha256` fingerprints what made the audio (the pinyin or English given to espeak-ng with the
 * voice settings, or a recorded file's bytes), so a changed pronunciation or a new recording is picked
 * up even when the text is the same. Dynamic text uses the ids `dynamic` and `dynamic.digit-by-digit`.
 */
export const voiceClips = `
CREATE TABLE voice_clip (
  locale TEXT NOT NULL,
  string_id TEXT NOT NULL,
  text_sha256 TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('synthesized', 'recorded')),
  source_sha256 TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  audio BLOB NOT NULL,
  duration_ms INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (locale, string_id, text_sha256)
) STRICT;
`;
