import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { migrate } from '../../store/migrate.ts';
import { runTimeClipsOut } from '../../store/migrations/014-run-time-clips-out.ts';
import { migrations } from '../../store/migrations/index.ts';
import { openStore } from '../../store/open.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import Database from 'better-sqlite3';
import type { VoiceClip } from './clip-store.ts';
import { speakDynamic } from './speak-dynamic.ts';
import type { RunTimeClipKey } from './voice-cache.ts';
import { cachedRunTimeClip, keepRunTimeClip, openVoiceCache, voiceCacheBytes } from './voice-cache.ts';

const tempDir = useTempDir();

function openCache(maxBytes?: number) {
  return openVoiceCache(join(tempDir(), 'voice-cache.db'), { maxBytes });
}

const clipRows = (cache: ReturnType<typeof openCache>) =>
  cache.db.prepare('SELECT digit_by_digit FROM run_time_clip ORDER BY digit_by_digit').all();

describe('speakDynamic', () => {
  test('synthesises text known only at run time once, then serves it from the voice cache', async () => {
    const cache = openCache();
    const first = await speakDynamic(cache, 'zh-CN', '约 15 分钟');
    expect(first.ok && first.clip.source).toBe('synthesized');
    expect(clipRows(cache)).toHaveLength(1);
    const again = await speakDynamic(cache, 'zh-CN', '约 15 分钟');
    expect(again.ok && again.clip.audio).toEqual(first.ok && first.clip.audio);
    expect(clipRows(cache)).toHaveLength(1);
  });

  test('reads ticket and reference numbers digit by digit, kept apart from the plain reading', async () => {
    const cache = openCache();
    const digits = await speakDynamic(cache, 'en', 'Reference 110', { digitByDigit: true });
    const amount = await speakDynamic(cache, 'en', 'Reference 110');
    // "one, one, zero" takes longer to say than "a hundred and ten".
    expect(digits.ok && amount.ok && digits.clip.durationMs > amount.clip.durationMs).toBe(true);
    expect(clipRows(cache)).toEqual([{ digit_by_digit: 0 }, { digit_by_digit: 1 }]);
  });

  test("keeps nothing when told not to: a resident's own answers are never stored", async () => {
    const cache = openCache();
    const spoken = await speakDynamic(cache, 'zh-CN', '410102195001011234', { digitByDigit: true, cache: false });
    expect(spoken.ok).toBe(true);
    expect(clipRows(cache)).toHaveLength(0);
  });

  test('says so when there is nothing to say', async () => {
    expect(await speakDynamic(openCache(), 'zh-CN', '。。')).toEqual({ ok: false, error: 'nothing-to-say' });
    expect(await speakDynamic(openCache(), 'en', '  … — ')).toEqual({ ok: false, error: 'nothing-to-say' });
  });

  test('asks before synthesising, with the characters it would cost, and never for a cached clip', async () => {
    const cache = openCache();
    const asked: number[] = [];
    const refuse = (characters: number) => (asked.push(characters), false);
    expect(await speakDynamic(cache, 'zh-CN', '约 15 分钟', { allowSynthesis: refuse })).toEqual({ ok: false, error: 'synthesis-refused' });
    expect(await speakDynamic(cache, 'zh-CN', '410102', { cache: false, allowSynthesis: refuse })).toEqual({ ok: false, error: 'synthesis-refused' });
    expect(asked).toEqual([7, 6]);
    expect((await speakDynamic(cache, 'zh-CN', '约 15 分钟')).ok).toBe(true);
    expect((await speakDynamic(cache, 'zh-CN', '约 15 分钟', { allowSynthesis: refuse })).ok).toBe(true);
    expect(asked).toEqual([7, 6]);
  });
});

describe('the run-time voice cache (issue #16.4)', () => {
  const clip = (bytes: number): VoiceClip => ({ source: 'synthesized', mimeType: 'audio/ogg', audio: Buffer.alloc(bytes, 1), durationMs: 100 });
  const key = (text: string): RunTimeClipKey => ({ locale: 'zh-CN', digitByDigit: false, text, sourceSha256: `source of ${text}` });
  const cachedTexts = (cache: ReturnType<typeof openCache>) => ['一', '二', '三', '四'].filter((text) => cachedRunTimeClip(cache, key(text)));

  test('stays under its size cap, dropping the least recently used clip first', () => {
    const cache = openCache(1000);
    keepRunTimeClip(cache, key('一'), clip(400));
    keepRunTimeClip(cache, key('二'), clip(400));
    // 一 is heard again, so 二 is now the least recently used.
    expect(cachedRunTimeClip(cache, key('一'))).toBeDefined();
    keepRunTimeClip(cache, key('三'), clip(400));
    expect(voiceCacheBytes(cache)).toBe(800);
    expect(cachedTexts(cache)).toEqual(['一', '三']);
    // A clip bigger than the room left pushes out as many old ones as it needs.
    keepRunTimeClip(cache, key('四'), clip(900));
    expect(cachedTexts(cache)).toEqual(['四']);
    expect(voiceCacheBytes(cache)).toBe(900);
  });

  test('a clip made from another pronunciation does not answer', () => {
    const cache = openCache();
    keepRunTimeClip(cache, key('一'), clip(10));
    expect(cachedRunTimeClip(cache, { ...key('一'), sourceSha256: 'a new pinyin override' })).toBeUndefined();
  });

  test('a damaged cache file is started afresh rather than stopping the kiosk', () => {
    const file = join(tempDir(), 'voice-cache.db');
    const cache = openVoiceCache(file);
    keepRunTimeClip(cache, key('一'), clip(10));
    cache.db.close();
    writeFileSync(file, 'not a database at all, just words');
    const reopened = openVoiceCache(file);
    expect(voiceCacheBytes(reopened)).toBe(0);
  });

  test("the migration drops the run-time clips an older kiosk kept in kiosk.db, and keeps the hall's prebuilt ones", () => {
    const file = join(tempDir(), 'kiosk.db');
    const old = new Database(file);
    migrate(old, migrations.slice(0, migrations.findIndex((each) => each.sql === runTimeClipsOut)));
    const insert = old.prepare(
      "INSERT INTO voice_clip VALUES (?, ?, 'sha', 'synthesized', 'source', 'audio/ogg', x'00', 1, '2026-12-01T00:00:00Z')",
    );
    for (const id of ['dynamic', 'dynamic.digit-by-digit', 'home.heading']) insert.run('zh-CN', id);
    old.close();
    const { db } = openStore(file);
    expect(db.prepare('SELECT string_id FROM voice_clip').pluck().all()).toEqual(['home.heading']);
  });
});
