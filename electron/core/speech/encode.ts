import { createOggEncoder } from 'wasm-media-encoders';
import type { Pcm } from './wav.ts';

/** Clips are Ogg Vorbis, which Chromium (and so Electron) plays natively. */
export const clipMimeType = 'audio/ogg';

/**
 * Vorbis quality 0: about 32 kbit/s for espeak-ng's 22.05 kHz mono speech, clear for speech and a
 * tenth of the WAV's size. The encoder is the reference libvorbis compiled to WebAssembly, so it runs
 * offline in Node with no system package.
 */
export const vorbisQuality = 0;

let encoder: ReturnType<typeof createOggEncoder> | undefined;

/** The encoder is compiled once and reused; configure, encode and finalize run with no await between, so calls never interleave. */
export async function encodeOggVorbis(pcm: Pcm): Promise<Buffer> {
  encoder ??= createOggEncoder();
  const ogg = await encoder;
  ogg.configure({ channels: 1, sampleRate: pcm.sampleRate, vbrQuality: vorbisQuality });
  const chunks: Buffer[] = [];
  const blockSize = 1 << 16;
  for (let start = 0; start < pcm.samples.length; start += blockSize) {
    // The encoder owns the returned bytes until the next call, so each block is copied.
    chunks.push(Buffer.from(ogg.encode([pcm.samples.subarray(start, start + blockSize)])));
  }
  chunks.push(Buffer.from(ogg.finalize()));
  return Buffer.concat(chunks);
}
