import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMp3Encoder } from 'wasm-media-encoders';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../store/open.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import type { VoiceEntry } from './build-clips.ts';
import { buildClips } from './build-clips.ts';
import { clipFor } from './clip-store.ts';
import { encodeOggVorbis } from './encode.ts';
import { shippedPinyinOverrides } from './pinyin-overrides.ts';
import { findRecordings, mp3DurationMs, oggDurationMs, readRecording } from './recordings.ts';

const tempDir = useTempDir();
const pinyinOverrides = shippedPinyinOverrides;

const entries: VoiceEntry[] = [
  { locale: 'zh-CN', id: 'bar.repeat', text: '重听' },
  { locale: 'zh-CN', id: 'home.heading', text: '请选择要办理的事项' },
  { locale: 'en', id: 'bar.repeat', text: 'Repeat' },
];

function openKioskDb() {
  return openStore(join(tempDir(), 'kiosk.db')).db;
}

/** A second of a 440 Hz tone as 16-bit stereo WAV at 44.1 kHz, as a hall's recorder might make. */
function toneWav(seconds = 1, sampleRate = 44_100): Buffer {
  const frames = seconds * sampleRate;
  const data = Buffer.alloc(frames * 4);
  for (let frame = 0; frame < frames; frame += 1) {
    const value = Math.round(Math.sin((2 * Math.PI * 440 * frame) / sampleRate) * 12_000);
    data.writeInt16LE(value, frame * 4);
    data.writeInt16LE(value, frame * 4 + 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(2, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 4, 28);
  header.writeUInt16LE(4, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

function tonePcm(seconds: number, sampleRate: number) {
  return { sampleRate, samples: Float32Array.from({ length: seconds * sampleRate }, (_, index) => Math.sin(index / 10) * 0.3) };
}

describe('the clip store', () => {
  test('builds every clip once: a second build synthesises nothing', async () => {
    const db = openKioskDb();
    const first = await buildClips(db, entries, { pinyinOverrides });
    expect(first).toMatchObject({ synthesized: 3, recorded: 0, unchanged: 0, failed: [] });
    const clip = clipFor(db, 'zh-CN', 'bar.repeat', '重听');
    expect(clip).toMatchObject({ source: 'synthesized', mimeType: 'audio/ogg' });
    expect(clip?.durationMs).toBeGreaterThan(200);

    const second = await buildClips(db, entries, { pinyinOverrides });
    expect(second).toMatchObject({ synthesized: 0, recorded: 0, unchanged: 3, failed: [] });
    expect(clipFor(db, 'zh-CN', 'bar.repeat', '重听')?.audio).toEqual(clip?.audio);
  });

  test('texts that sound alike under different ids are spoken once and stored for each', async () => {
    const db = openKioskDb();
    const alike: VoiceEntry[] = [
      ...entries,
      { locale: 'zh-CN', id: 'audio.repeat', text: '重听' },
      // The same words in the other voice are another sound.
      { locale: 'en', id: 'audio.repeat', text: '重听' },
    ];
    const first = await buildClips(db, alike, { pinyinOverrides });
    expect(first).toMatchObject({ synthesized: 5, shared: 1, unchanged: 0, failed: [] });
    expect(clipFor(db, 'zh-CN', 'audio.repeat', '重听')?.audio).toEqual(clipFor(db, 'zh-CN', 'bar.repeat', '重听')?.audio);
    expect(clipFor(db, 'en', 'audio.repeat', '重听')?.audio).not.toEqual(clipFor(db, 'zh-CN', 'bar.repeat', '重听')?.audio);

    expect(await buildClips(db, alike, { pinyinOverrides })).toMatchObject({ synthesized: 0, shared: 0, unchanged: 5 });
    // Rewording one of them makes its clip again and leaves the other alone.
    const reworded = alike.map((entry) => (entry.locale === 'zh-CN' && entry.id === 'audio.repeat' ? { ...entry, text: '再听一遍' } : entry));
    expect(await buildClips(db, reworded, { pinyinOverrides })).toMatchObject({ synthesized: 1, shared: 0, unchanged: 4 });
    expect(clipFor(db, 'zh-CN', 'bar.repeat', '重听')?.source).toBe('synthesized');
  });

  test('a changed text gets a new clip, and the clip for the old wording goes', async () => {
    const db = openKioskDb();
    await buildClips(db, entries, { pinyinOverrides });
    const changed = entries.map((entry) => (entry.id === 'home.heading' ? { ...entry, text: '请选择您要办的事' } : entry));
    expect(await buildClips(db, changed, { pinyinOverrides })).toMatchObject({ synthesized: 1, unchanged: 2 });
    expect(clipFor(db, 'zh-CN', 'home.heading', '请选择您要办的事')).toBeDefined();
    expect(clipFor(db, 'zh-CN', 'home.heading', '请选择要办理的事项')).toBeUndefined();
  });

  test('a changed pronunciation is synthesised again even when the text is the same', async () => {
    const db = openKioskDb();
    await buildClips(db, entries, { pinyinOverrides });
    const counts = await buildClips(db, entries, { pinyinOverrides: { ...pinyinOverrides, 重听: 'zhong4 ting1' } });
    expect(counts).toMatchObject({ synthesized: 1, unchanged: 2 });
  });

  test('a recorded prompt in kiosk-config/voice wins over the synthesised clip, until it is taken away', async () => {
    const db = openKioskDb();
    const voiceDir = join(tempDir(), 'voice');
    await buildClips(db, entries, { pinyinOverrides, voiceDir });
    mkdirSync(join(voiceDir, 'zh-CN'), { recursive: true });
    writeFileSync(join(voiceDir, 'zh-CN', 'bar.repeat.wav'), toneWav());

    expect(await buildClips(db, entries, { pinyinOverrides, voiceDir })).toMatchObject({ recorded: 1, synthesized: 0, unchanged: 2 });
    const recorded = clipFor(db, 'zh-CN', 'bar.repeat', '重听');
    expect(recorded).toMatchObject({ source: 'recorded', mimeType: 'audio/ogg', durationMs: 1000 });
    expect(clipFor(db, 'en', 'bar.repeat', 'Repeat')?.source).toBe('synthesized');
    expect(await buildClips(db, entries, { pinyinOverrides, voiceDir })).toMatchObject({ recorded: 0, synthesized: 0, unchanged: 3 });

    rmSync(join(voiceDir, 'zh-CN', 'bar.repeat.wav'));
    expect(await buildClips(db, entries, { pinyinOverrides, voiceDir })).toMatchObject({ synthesized: 1, unchanged: 2 });
    expect(clipFor(db, 'zh-CN', 'bar.repeat', '重听')?.source).toBe('synthesized');
  });

  test('an unreadable recording is reported and its id synthesised instead', async () => {
    const db = openKioskDb();
    const voiceDir = join(tempDir(), 'voice');
    mkdirSync(join(voiceDir, 'zh-CN'), { recursive: true });
    writeFileSync(join(voiceDir, 'zh-CN', 'bar.repeat.mp3'), 'not audio');
    const counts = await buildClips(db, entries.slice(0, 1), { pinyinOverrides, voiceDir });
    expect(counts).toMatchObject({ synthesized: 1, recorded: 0, failed: [] });
    expect(counts.recordingProblems).toEqual([{ file: join(voiceDir, 'zh-CN', 'bar.repeat.mp3'), detail: 'not a playable mp3 file' }]);
  });
});

describe('recordings', () => {
  test('are found by language and string id; of two files for one id, .ogg wins', () => {
    const voiceDir = tempDir();
    mkdirSync(join(voiceDir, 'zh-CN'));
    for (const name of ['service.queue-ticket.name.mp3', 'bar.repeat.wav', 'bar.repeat.ogg', 'README.md']) writeFileSync(join(voiceDir, 'zh-CN', name), '');
    const { files, problems } = findRecordings(voiceDir, 'zh-CN');
    expect(Object.fromEntries(files)).toEqual({
      'bar.repeat': join(voiceDir, 'zh-CN', 'bar.repeat.ogg'),
      'service.queue-ticket.name': join(voiceDir, 'zh-CN', 'service.queue-ticket.name.mp3'),
    });
    expect(problems).toHaveLength(1);
    expect(findRecordings(voiceDir, 'en').files.size).toBe(0);
  });

  test('keep Ogg and MP3 as recorded, and know their length', async () => {
    const ogg = await encodeOggVorbis(tonePcm(2, 44_100));
    expect(oggDurationMs(ogg)).toBe(2000);

    const encoder = await createMp3Encoder();
    encoder.configure({ channels: 1, sampleRate: 22_050, bitrate: 32 });
    const pcm = tonePcm(3, 22_050);
    const mp3 = Buffer.concat([Buffer.from(encoder.encode([pcm.samples])), Buffer.from(encoder.finalize())]);
    const duration = mp3DurationMs(mp3) ?? 0;
    expect(Math.abs(duration - 3000)).toBeLessThan(120); // the encoder pads the last frame

    const file = join(tempDir(), 'home.prompt.mp3');
    writeFileSync(file, mp3);
    const reading = await readRecording(file);
    expect(reading.ok && reading.clip).toMatchObject({ mimeType: 'audio/mpeg', audio: mp3 });
  });
});
