import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { LocaleId } from '../catalog/texts.ts';
import { encodeOggVorbis } from './encode.ts';
import { decodeWav, durationMs } from './wav.ts';

/**
 * Recorded prompts (kiosk-config/voice/<lang>/<string id>.ogg|mp3|wav) replace the synthesised clip
 * for that id; this is how a hall adds 河南话 prompts (accessibility.md, Hearing). When one id has
 * several files, the first extension here wins.
 */
export const recordingExtensions = ['.ogg', '.mp3', '.wav'] as const;

export interface RecordingProblem {
  file: string;
  detail: string;
}

/** The recordings for one language, by string id. */
export function findRecordings(voiceDir: string, locale: LocaleId): { files: Map<string, string>; problems: RecordingProblem[] } {
  const dir = join(voiceDir, locale);
  const files = new Map<string, string>();
  const problems: RecordingProblem[] = [];
  if (!existsSync(dir)) return { files, problems };
  const names = readdirSync(dir).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const name of names) {
    const extension = extname(name).toLowerCase();
    if (!(recordingExtensions as readonly string[]).includes(extension)) continue;
    const id = name.slice(0, -extension.length);
    const already = files.get(id);
    if (already) problems.push({ file: join(dir, name), detail: `${id} already has ${already}; this file is not used` });
    else files.set(id, join(dir, name));
  }
  return { files, problems };
}

function rank(name: string): number {
  const index = (recordingExtensions as readonly string[]).indexOf(extname(name).toLowerCase());
  return index < 0 ? recordingExtensions.length : index;
}

export interface AudioClip {
  mimeType: string;
  audio: Buffer;
  durationMs: number;
}

export type RecordingReading = { ok: true; clip: AudioClip } | { ok: false; error: string };

/** Ogg and MP3 are kept as recorded; WAV is compressed like a synthesised clip. */
export async function readRecording(file: string, bytes: Buffer = readFileSync(file)): Promise<RecordingReading> {
  const extension = extname(file).toLowerCase();
  if (extension === '.wav') {
    const decoded = decodeWav(bytes);
    if (!decoded.ok) return decoded;
    return { ok: true, clip: { mimeType: 'audio/ogg', audio: await encodeOggVorbis(decoded.pcm), durationMs: durationMs(decoded.pcm) } };
  }
  const duration = extension === '.ogg' ? oggDurationMs(bytes) : mp3DurationMs(bytes);
  if (duration === undefined) return { ok: false, error: `not a playable ${extension.slice(1)} file` };
  return { ok: true, clip: { mimeType: extension === '.ogg' ? 'audio/ogg' : 'audio/mpeg', audio: bytes, durationMs: duration } };
}

/** Ogg Vorbis or Opus: the last page's granule position counts samples. */
export function oggDurationMs(bytes: Buffer): number | undefined {
  if (bytes.length < 28 || bytes.subarray(0, 4).toString('latin1') !== 'OggS') return undefined;
  const packetStart = 27 + (bytes[26] ?? 0); // after the first page's segment table
  const firstPacket = bytes.subarray(packetStart, packetStart + 19);
  if (firstPacket.length < 19) return undefined;
  let sampleRate: number;
  let preSkip = 0;
  if (firstPacket.subarray(1, 7).toString('latin1') === 'vorbis') {
    sampleRate = firstPacket.readUInt32LE(12);
  } else if (firstPacket.subarray(0, 8).toString('latin1') === 'OpusHead') {
    sampleRate = 48_000; // Opus granule positions always count 48 kHz samples.
    preSkip = firstPacket.readUInt16LE(10);
  } else {
    return undefined;
  }
  const lastPage = bytes.lastIndexOf('OggS', undefined, 'latin1');
  if (lastPage < 0 || lastPage + 14 > bytes.length || sampleRate === 0) return undefined;
  const granule = Number(bytes.readBigUInt64LE(lastPage + 6));
  return Math.round(((granule - preSkip) / sampleRate) * 1000);
}

const mpegBitrates: Record<'1' | '2', number[]> = {
  1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const mpegSampleRates: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

/** MPEG layer III: walks the frames and adds up their samples. */
export function mp3DurationMs(bytes: Buffer): number | undefined {
  let offset = 0;
  if (bytes.subarray(0, 3).toString('latin1') === 'ID3' && bytes.length >= 10) {
    const tagSize = ((bytes[6] ?? 0) << 21) | ((bytes[7] ?? 0) << 14) | ((bytes[8] ?? 0) << 7) | (bytes[9] ?? 0);
    offset = 10 + tagSize;
  }
  let seconds = 0;
  let frames = 0;
  while (offset + 4 <= bytes.length) {
    const header = bytes.readUInt32BE(offset);
    const version = (header >>> 19) & 0b11; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
    const layer = (header >>> 17) & 0b11; // 1: layer III
    const bitrate = mpegBitrates[version === 3 ? '1' : '2'][(header >>> 12) & 0b1111];
    const sampleRate = mpegSampleRates[version]?.[(header >>> 10) & 0b11];
    if ((header & 0xffe00000) >>> 0 !== 0xffe00000 || layer !== 1 || !bitrate || !sampleRate) break;
    const samplesPerFrame = version === 3 ? 1152 : 576;
    const padding = (header >>> 9) & 1;
    offset += Math.floor(((samplesPerFrame / 8) * bitrate * 1000) / sampleRate) + padding;
    seconds += samplesPerFrame / sampleRate;
    frames += 1;
  }
  return frames > 0 ? Math.round(seconds * 1000) : undefined;
}
