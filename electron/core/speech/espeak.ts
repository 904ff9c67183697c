import { spawn } from 'node:child_process';
import type { LocaleId } from '../catalog/texts.ts';

/** Debian's espeak-ng (npm run setup:system). Offline, and no OS voice is needed (accessibility.md, Hearing). */
export const espeakBinary = 'espeak-ng';

export interface EspeakVoice {
  /** Never plain `cmn`: in espeak-ng 1.51 it reads Chinese characters as English-voiced pinyin. */
  name: 'cmn-latn-pinyin' | 'en';
  /**
   * A fixed base rate. The renderer sets the resident's speed (0.5×–2×, default 0.85×) with
   * playbackRate, pitch preserved, so one clip serves every speed.
   */
  wordsPerMinute: number;
}

export const espeakVoices: Record<LocaleId, EspeakVoice> = {
  'zh-CN': { name: 'cmn-latn-pinyin', wordsPerMinute: 160 },
  en: { name: 'en', wordsPerMinute: 160 },
};

/** Speaks to a WAV file's bytes (16-bit mono PCM, 22050 Hz); with `ssml`, the input is SSML. */
export async function synthesizeWav(voice: EspeakVoice, speechText: string, { ssml = false } = {}): Promise<Buffer> {
  const args = ['-v', voice.name, '-s', String(voice.wordsPerMinute), '-b', '1', ...(ssml ? ['-m'] : []), '--stdin', '--stdout'];
  const wav = await runEspeak(args, speechText);
  if (wav.length <= 44) throw new Error(`espeak-ng produced no audio for ${JSON.stringify(speechText)}`);
  return wav;
}

/** espeak-ng's phonemes for some lines, without sound; `(en)` in them marks a switch to its English voice. */
export async function espeakPhonemes(voiceName: EspeakVoice['name'], lines: readonly string[]): Promise<string> {
  const phonemes = await runEspeak(['-v', voiceName, '-b', '1', '-q', '-x', '--stdin'], lines.join('\n'));
  return phonemes.toString('utf8');
}

const languageSwitch = /\((?!cmn\))[a-z]{2,3}(?:-[a-z0-9]+)*\)/i;

/**
 * The lines that make the voice switch language, such as English words that `cmn-latn-pinyin` cannot read as
 * pinyin. All lines go through one espeak-ng process per batch; only a batch that switches is checked line by line.
 */
export async function linesThatSwitchLanguage(voiceName: EspeakVoice['name'], lines: readonly string[], batchSize = 50): Promise<string[]> {
  const switching: string[] = [];
  for (let start = 0; start < lines.length; start += batchSize) {
    const batch = lines.slice(start, start + batchSize);
    if (!languageSwitch.test(await espeakPhonemes(voiceName, batch))) continue;
    for (const line of batch) {
      if (languageSwitch.test(await espeakPhonemes(voiceName, [line]))) switching.push(line);
    }
  }
  return switching;
}

function runEspeak(args: readonly string[], input: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(espeakBinary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(`${espeakBinary} is not installed; run: sudo npm run setup:system`) : error),
    );
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(stdout));
      else reject(new Error(`${espeakBinary} ${args.join(' ')} exited with ${code}: ${Buffer.concat(stderr).toString('utf8').trim()}`));
    });
    child.stdin.on('error', () => undefined); // a failed start is reported by 'error' and 'close'
    child.stdin.end(input, 'utf8');
  });
}
