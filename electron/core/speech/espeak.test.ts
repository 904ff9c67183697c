import { describe, expect, test } from 'vitest';
import { resources } from '../../../renderer/i18n/resources.ts';
import { checkConfigFile } from '../../config/load.ts';
import { bundledConfigFile, shippedSeeds } from '../../testing/kiosk-files.ts';
import { espeakVoices, linesThatSwitchLanguage, synthesizeWav } from './espeak.ts';
import { toneNumberedPinyin } from './pinyin.ts';
import { shippedPinyinOverrides } from './pinyin-overrides.ts';
import { oggDurationMs } from './recordings.ts';
import { planSynthesis, synthesizeClip, synthesizeClips } from './synthesize.ts';
import { interfaceVoiceEntries, joinEntryLists, seedVoiceEntries } from './voice-entries.ts';
import { decodeWav } from './wav.ts';

function everyChineseText(): string[] {
  const seeds = shippedSeeds();
  const check = checkConfigFile(bundledConfigFile, seeds);
  if (!check.ok) throw new Error('the bundled config is invalid');
  const { entries, onDemandOnly } = joinEntryLists(interfaceVoiceEntries(resources), seedVoiceEntries(seeds, check.config.countyFigures));
  return [...entries, ...onDemandOnly].filter((entry) => entry.locale === 'zh-CN').map((entry) => entry.text);
}

describe('espeak-ng', () => {
  // accessibility.md, Hearing: Mandarin is never voiced by the English voice. An `(en)` in espeak-ng's
  // phonemes means it switched to English for a word it could not read as pinyin.
  test('reads the pinyin of every zh-CN interface string and seed text without switching to English', async () => {
    const texts = everyChineseText();
    expect(texts.length).toBeGreaterThan(150);
    const pinyinLines = texts.map((text) => toneNumberedPinyin(text, shippedPinyinOverrides));
    const digitLines = texts.map((text) => toneNumberedPinyin(text, shippedPinyinOverrides, { digitByDigit: true }));
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    expect(await linesThatSwitchLanguage('cmn-latn-pinyin', [...pinyinLines, ...digitLines, ...letters])).toEqual([]);
    // Every string of the kiosk through espeak-ng, twice: 8 to 9 s on an idle 2-core machine, over 20 s on a loaded one.
  }, 60_000);

  test('the guard sees a switch: an English word the pinyin voice cannot read', async () => {
    expect(await linesThatSwitchLanguage('cmn-latn-pinyin', ['ni3 hao3', 'ni3 hao3 kiosk', 'zai4 jian4'])).toEqual(['ni3 hao3 kiosk']);
    // …which is why Latin words are spelled unless the override list keeps them whole.
    expect(await linesThatSwitchLanguage('cmn-latn-pinyin', [toneNumberedPinyin('kiosk 设置', shippedPinyinOverrides)])).toEqual([]);
    expect(toneNumberedPinyin('我要 English', shippedPinyinOverrides)).toContain('English');
  });

  test('speaks 16-bit mono WAV at 22050 Hz', async () => {
    const wav = await synthesizeWav(espeakVoices['zh-CN'], 'ni3 hao3.');
    const decoded = decodeWav(wav);
    expect(decoded.ok && decoded.pcm.sampleRate).toBe(22050);
  });

  test.each([
    ['zh-CN', '请点一下您要办理的事项。'],
    ['en', 'Please choose what you would like to do.'],
  ] as const)('makes a %s clip of plausible length as Ogg Vorbis', async (locale, text) => {
    const clip = await synthesizeClip(planSynthesis(locale, text, { pinyinOverrides: shippedPinyinOverrides }));
    expect(clip.mimeType).toBe('audio/ogg');
    expect(clip.audio.subarray(0, 4).toString('latin1')).toBe('OggS');
    expect(clip.audio.subarray(29, 35).toString('latin1')).toBe('vorbis');
    expect(clip.durationMs).toBeGreaterThan(500);
    expect(clip.durationMs).toBeLessThan(10_000);
    // The container's own length agrees with the samples encoded.
    expect(Math.abs((oggDurationMs(clip.audio) ?? 0) - clip.durationMs)).toBeLessThan(50);
    // About 32 kbit/s: a tenth of the WAV.
    expect(clip.audio.length).toBeLessThan((clip.durationMs / 1000) * 8_000);
  });

  test('several texts spoken by one espeak-ng process are cut apart into the same clips as one at a time', async () => {
    const texts = ['重听', '请点一下您要办理的事项。需要帮助，请点“呼叫工作人员”。', '您的号码是 A012。', '返回首页'];
    const syntheses = texts.map((text) => planSynthesis('zh-CN', text, { pinyinOverrides: shippedPinyinOverrides }));
    const together = await synthesizeClips(syntheses);
    const alone = await Promise.all(syntheses.map(synthesizeClip));
    expect(together).toHaveLength(texts.length);
    together.forEach((clip, index) => expect(Math.abs(clip.durationMs - (alone[index]?.durationMs ?? 0)), texts[index]).toBeLessThan(100));
  });
});
