/** Mono samples in -1…1. */
export interface Pcm {
  sampleRate: number;
  samples: Float32Array;
}

export type WavDecoding = { ok: true; pcm: Pcm } | { ok: false; error: string };

const pcmFormat = 1;
const floatFormat = 3;
const extensibleFormat = 0xfffe;

/**
 * Reads a RIFF WAVE file: integer PCM of 8, 16, 24 or 32 bits or 32-bit float, any channel count,
 * mixed down to mono. A data size larger than the file (espeak-ng --stdout writes 0x7ffff000,
 * not knowing the length in advance) means "to the end of the file".
 */
export function decodeWav(bytes: Uint8Array): WavDecoding {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return { ok: false, error: 'not a WAV file' };

  let format: { code: number; channels: number; sampleRate: number; bits: number } | undefined;
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ' && body + 16 <= bytes.length) {
      const code = view.getUint16(body, true);
      format = {
        code: code === extensibleFormat && body + 26 <= bytes.length ? view.getUint16(body + 24, true) : code,
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!format) return { ok: false, error: 'WAV data comes before its format' };
      const end = Math.min(bytes.length, body + size);
      return samplesOf(new DataView(bytes.buffer, bytes.byteOffset + body, end - body), format);
    }
    offset = body + size + (size % 2);
  }
  return { ok: false, error: 'WAV file has no data' };
}

function samplesOf(data: DataView, format: { code: number; channels: number; sampleRate: number; bits: number }): WavDecoding {
  const { code, channels, sampleRate, bits } = format;
  const read = sampleReader(code, bits);
  if (!read || channels < 1 || sampleRate < 1) return { ok: false, error: `unsupported WAV format ${code}, ${bits} bits, ${channels} channels` };
  if (code === pcmFormat && bits === 16 && channels === 1) return { ok: true, pcm: { sampleRate, samples: mono16(data) } };
  const frameBytes = (bits / 8) * channels;
  const frames = Math.floor(data.byteLength / frameBytes);
  const samples = new Float32Array(frames);
  for (let frame = 0; frame < frames; frame += 1) {
    let sum = 0;
    for (let channel = 0; channel < channels; channel += 1) sum += read(data, frame * frameBytes + (channel * bits) / 8);
    samples[frame] = sum / channels;
  }
  return { ok: true, pcm: { sampleRate, samples } };
}

/** espeak-ng's own format, read without a call per sample: every clip goes through here. */
function mono16(data: DataView): Float32Array {
  const count = Math.floor(data.byteLength / 2);
  const bytes = new Uint8Array(data.buffer, data.byteOffset, count * 2);
  // WAV is little-endian, as are the kiosk's x86 and ARM machines; Int16Array needs an even offset.
  const pcm = new Int16Array(bytes.byteOffset % 2 === 0 ? bytes.buffer : bytes.slice().buffer, bytes.byteOffset % 2 === 0 ? bytes.byteOffset : 0, count);
  const samples = new Float32Array(count);
  for (let index = 0; index < count; index += 1) samples[index] = (pcm[index] ?? 0) / 32768;
  return samples;
}

function sampleReader(code: number, bits: number): ((data: DataView, offset: number) => number) | undefined {
  if (code === floatFormat && bits === 32) return (data, offset) => data.getFloat32(offset, true);
  if (code !== pcmFormat) return undefined;
  switch (bits) {
    case 8:
      return (data, offset) => (data.getUint8(offset) - 128) / 128;
    case 16:
      return (data, offset) => data.getInt16(offset, true) / 32768;
    case 24:
      return (data, offset) => ((data.getUint8(offset + 2) << 24) | (data.getUint8(offset + 1) << 16) | (data.getUint8(offset) << 8)) / 2 ** 31;
    case 32:
      return (data, offset) => data.getInt32(offset, true) / 2 ** 31;
    default:
      return undefined;
  }
}

export function durationMs(pcm: Pcm): number {
  return Math.round((pcm.samples.length / pcm.sampleRate) * 1000);
}

/**
 * Cuts espeak-ng's leading and trailing silence down to a short margin, so a prompt starts at once
 * (accessibility.md, Hearing: a screen speaks within 1 s, goal 0.5 s).
 */
export function trimSilence(pcm: Pcm, { threshold = 0.01, leadMs = 20, tailMs = 120 } = {}): Pcm {
  const { samples, sampleRate } = pcm;
  let first = 0;
  while (first < samples.length && Math.abs(samples[first] ?? 0) < threshold) first += 1;
  if (first === samples.length) return pcm;
  let last = samples.length - 1;
  while (last > first && Math.abs(samples[last] ?? 0) < threshold) last -= 1;
  const start = Math.max(0, first - Math.round((leadMs / 1000) * sampleRate));
  const end = Math.min(samples.length, last + 1 + Math.round((tailMs / 1000) * sampleRate));
  return { sampleRate, samples: samples.subarray(start, end) };
}

/**
 * Cuts one recording of several texts apart at the long pauses put between them (see synthesizeClips).
 * Each cut is made in the middle of its pause, so every part keeps some silence for trimSilence to trim.
 */
export function splitAtPauses(pcm: Pcm, minPauseMs: number, threshold = 0.001): Pcm[] {
  const { samples, sampleRate } = pcm;
  const minPause = Math.round((minPauseMs / 1000) * sampleRate);
  const cuts: number[] = [];
  let silentSince = -1;
  for (let index = 0; index <= samples.length; index += 1) {
    const silent = index < samples.length && Math.abs(samples[index] ?? 0) < threshold;
    if (silent && silentSince < 0) silentSince = index;
    if (!silent && silentSince >= 0) {
      // A pause at the very start or end separates nothing.
      if (index - silentSince >= minPause && silentSince > 0 && index < samples.length) cuts.push(Math.floor((silentSince + index) / 2));
      silentSince = -1;
    }
  }
  const bounds = [0, ...cuts, samples.length];
  return bounds.slice(1).map((end, index) => ({ sampleRate, samples: samples.subarray(bounds[index], end) }));
}
