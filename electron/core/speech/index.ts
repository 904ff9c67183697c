/**
 * Offline speech (accessibility.md, Hearing): every interface string and seed text gets a clip made ahead
 * of time, Mandarin through tone-numbered pinyin and espeak-ng's cmn-latn-pinyin voice, English through
 * espeak-ng's en voice, stored as Ogg Vorbis in the kiosk's database. Recorded prompts in
 * kiosk-config/voice/ win over synthesised ones. Text known only at run time is synthesised on first use
 * and kept in a bounded cache of its own (voice-cache.ts), outside the database and its backups.
 */
export type { BuildCounts, BuildOptions, VoiceEntry } from './build-clips.ts';
export { buildClips } from './build-clips.ts';
export type { ClipOnDemand } from './clip-on-demand.ts';
export { clipOnDemand } from './clip-on-demand.ts';
export type { ClipSource, VoiceClip } from './clip-store.ts';
export { clipFor } from './clip-store.ts';
export { clipMimeType } from './encode.ts';
export { espeakVoices, linesThatSwitchLanguage } from './espeak.ts';
export type { HallString, HallVoice, HallVoiceSources } from './hall-voice.ts';
export { buildHallClips, hallStringFinder, hallVoice } from './hall-voice.ts';
export type { PinyinOverrides } from './pinyin.ts';
export { toneNumberedPinyin } from './pinyin.ts';
export { PinyinOverridesFile, shippedPinyinOverrides } from './pinyin-overrides.ts';
export type { RecordingProblem } from './recordings.ts';
export { findRecordings, recordingExtensions } from './recordings.ts';
export type { DynamicSpeech, DynamicSpeechOptions } from './speak-dynamic.ts';
export { speakDynamic } from './speak-dynamic.ts';
export type { RunTimeClipKey, VoiceCache } from './voice-cache.ts';
export { defaultVoiceCacheBytes, openVoiceCache, voiceCacheBytes } from './voice-cache.ts';
export { speechTextFor } from './speech-text.ts';
export type { TranslationTree, VoiceEntryList } from './voice-entries.ts';
export { fillCountyFigures, interfaceVoiceEntries, joinEntryLists, seedVoiceEntries } from './voice-entries.ts';
