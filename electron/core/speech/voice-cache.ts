import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import type { LocaleId } from '../catalog/texts.ts';
import type { VoiceClip } from './clip-store.ts';
import { sha256 } from './clip-store.ts';
import { touchPrivateFile } from '../../store/private-files.ts';

/**
 * Issue #16.4: clips of text known only at run time (a ticket number, a control's name and position)
 * live in their own SQLite file, `voice-cache.db` beside `kiosk.db`, not in the kiosk's database. The
 * hourly backups copy kiosk.db only (store/backup.ts), so the cache never fills them; and it is least
 * recently used with a size cap, so no run of new texts fills the disk. A clip lost is made again.
 */
export interface VoiceCache {
  db: Database.Database;
  maxBytes: number;
}

/** About 800 clips of an everyday length (a ticket, a wait, a control's name: ~40 KB each). */
export const defaultVoiceCacheBytes = 32 * 1024 * 1024;

const schema = `
CREATE TABLE IF NOT EXISTS run_time_clip (
  locale TEXT NOT NULL,
  digit_by_digit INTEGER NOT NULL,
  text_sha256 TEXT NOT NULL,
  source_sha256 TEXT NOT NULL,
  mime_type TEXT NOT NULL,
  audio BLOB NOT NULL,
  duration_ms INTEGER NOT NULL,
  bytes INTEGER NOT NULL,
  last_used INTEGER NOT NULL,
  PRIMARY KEY (locale, digit_by_digit, text_sha256)
) STRICT;
CREATE INDEX IF NOT EXISTS run_time_clip_last_used ON run_time_clip (last_used);
`;

function openCacheFile(file: string): Database.Database {
  // Issue #16.5: owner-only like every file of the data folder; SQLite gives its -wal and -shm the same mode.
  touchPrivateFile(file);
  const db = new Database(file);
  try {
    // A cache: a power cut may lose the last clips, which are made again; no full sync on every clip.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('voice cache damaged');
    db.exec(schema);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Opens (or makes) the cache; a damaged cache file is deleted and started afresh, never a reason not to start. */
export function openVoiceCache(file: string, { maxBytes = defaultVoiceCacheBytes } = {}): VoiceCache {
  try {
    return { db: openCacheFile(file), maxBytes };
  } catch {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    return { db: openCacheFile(file), maxBytes };
  }
}

export interface RunTimeClipKey {
  locale: LocaleId;
  digitByDigit: boolean;
  text: string;
  /** What makes the audio (planSynthesis): a clip made from another pronunciation never answers. */
  sourceSha256: string;
}

interface ClipRow {
  mime_type: string;
  audio: Buffer;
  duration_ms: number;
  source_sha256: string;
}

/** The cached clip for exactly this text and pronunciation, marked as just used. */
export function cachedRunTimeClip(cache: VoiceCache, key: RunTimeClipKey): VoiceClip | undefined {
  const where: [string, number, string] = [key.locale, key.digitByDigit ? 1 : 0, sha256(key.text)];
  const row = cache.db
    .prepare<[string, number, string], ClipRow>('SELECT mime_type, audio, duration_ms, source_sha256 FROM run_time_clip WHERE locale = ? AND digit_by_digit = ? AND text_sha256 = ?')
    .get(...where);
  if (!row || row.source_sha256 !== key.sourceSha256) return undefined;
  cache.db
    .prepare('UPDATE run_time_clip SET last_used = (SELECT max(last_used) + 1 FROM run_time_clip) WHERE locale = ? AND digit_by_digit = ? AND text_sha256 = ?')
    .run(...where);
  return { source: 'synthesized', mimeType: row.mime_type, audio: row.audio, durationMs: row.duration_ms };
}

/** Keeps a clip as the most recently used, then drops the least recently used until the cache fits its cap. */
export function keepRunTimeClip(cache: VoiceCache, key: RunTimeClipKey, clip: VoiceClip): void {
  cache.db.transaction(() => {
    cache.db
      .prepare(
        `INSERT INTO run_time_clip (locale, digit_by_digit, text_sha256, source_sha256, mime_type, audio, duration_ms, bytes, last_used)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(last_used), 0) + 1 FROM run_time_clip))
         ON CONFLICT (locale, digit_by_digit, text_sha256) DO UPDATE SET source_sha256 = excluded.source_sha256,
           mime_type = excluded.mime_type, audio = excluded.audio, duration_ms = excluded.duration_ms, bytes = excluded.bytes,
           last_used = excluded.last_used`,
      )
      .run(key.locale, key.digitByDigit ? 1 : 0, sha256(key.text), key.sourceSha256, clip.mimeType, clip.audio, clip.durationMs, clip.audio.byteLength);
    cache.db
      .prepare(
        `DELETE FROM run_time_clip WHERE rowid IN (
           SELECT rowid FROM (SELECT rowid, sum(bytes) OVER (ORDER BY last_used DESC) AS newer_bytes FROM run_time_clip) WHERE newer_bytes > ?)`,
      )
      .run(cache.maxBytes);
  })();
}

/** The bytes of audio the cache holds now. */
export function voiceCacheBytes(cache: VoiceCache): number {
  return cache.db.prepare<[], { total: number }>('SELECT coalesce(sum(bytes), 0) AS total FROM run_time_clip').get()?.total ?? 0;
}
