import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hc } from 'hono/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { resources } from '../../renderer/i18n/resources.ts';
import { localeIds, seedTexts } from '../core/catalog/texts.ts';
import { buildHallClips, clipFor, fillCountyFigures, speechTextFor } from '../core/speech/index.ts';
import type { VoiceCache } from '../core/speech/index.ts';
import { flattenTranslations, isConsoleOnly } from '../core/speech/voice-entries.ts';
import type { KioskDatabase } from '../store/open.ts';
import { bundledConfigFile, repositoryRoot, shippedSeeds } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import type { KioskApiType } from './app.ts';
import { longestSpokenText } from './audio-routes.ts';
import { buildVoiceInBackground } from './boot.ts';

const tempDir = useTempDir();

/** A directory for all the tests of one describe block, which share one kiosk; call it in the block's body. */
function sharedTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function clipRows(db: KioskDatabase): number {
  return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM voice_clip').get()?.n ?? 0;
}

/** Issue #16.4: run-time clips are kept in the voice cache, beside the database and out of its backups. */
function cachedRunTimeClips(cache: VoiceCache): number {
  return cache.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM run_time_clip').get()?.n ?? 0;
}

async function audioOf(response: Response) {
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('the voice of a fresh kiosk, before any clip is built', () => {
  const dir = sharedTempDir();
  let kiosk: Awaited<ReturnType<typeof startTestKiosk>>;
  beforeAll(async () => {
    kiosk = await startTestKiosk(dir);
  });
  afterAll(() => kiosk.stop());
  const speak = (body: unknown) =>
    fetch(`${kiosk.base}/api/audio/speak`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  test("speaks the home screen's heading by its id without anyone running voice:build", async () => {
    const api = hc<KioskApiType>(`${kiosk.base}/api`);
    const first = await api.audio.clips[':locale'][':id'].$get({ param: { locale: 'zh-CN', id: 'home.heading' } });
    const etag = first.headers.get('etag');
    expect(await audioOf(first)).toMatchObject({ status: 200, type: 'audio/ogg' });
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);

    // Made once and kept under its id: the next screen gets it from the store, and a browser that has it gets a 304.
    const stored = clipFor(kiosk.deps.db, 'zh-CN', 'home.heading', '请选择要办理的事项');
    expect(stored?.audio.subarray(0, 4).toString('latin1')).toBe('OggS');
    const again = await fetch(`${kiosk.base}/api/audio/clips/zh-CN/home.heading`);
    expect((await audioOf(again)).bytes).toEqual(stored?.audio);
    expect(again.headers.get('etag')).toBe(etag);
    const revalidated = await fetch(`${kiosk.base}/api/audio/clips/zh-CN/home.heading`, { headers: { 'If-None-Match': etag ?? '' } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  test("speaks a service's texts by their seed ids, with the hall's county figures in them", async () => {
    for (const locale of localeIds) {
      const { status, type, bytes } = await audioOf(await fetch(`${kiosk.base}/api/audio/clips/${locale}/service.high-age-allowance.name`));
      expect({ status, type, magic: bytes.subarray(0, 4).toString('latin1') }).toEqual({ status: 200, type: 'audio/ogg', magic: 'OggS' });
    }
    // Seed text: 年满{{priorityAge}}周岁…; the demo hall's priorityAge is 80.
    expect((await fetch(`${kiosk.base}/api/audio/clips/zh-CN/service.queue-ticket.whoQualifies.2`)).status).toBe(200);
    expect(clipFor(kiosk.deps.db, 'zh-CN', 'service.queue-ticket.whoQualifies.2', '年满80周岁的老人和残疾人可以优先办理。')).toBeDefined();
  });

  test('answers 404 for a string it does not know, and for one that needs its placeholder filled', async () => {
    for (const path of ['zh-CN/home.nothing', 'fr/home.heading', 'en/service.not-a-service.name']) {
      const response = await fetch(`${kiosk.base}/api/audio/clips/${path}`);
      expect({ path, status: response.status, body: await response.json() }).toEqual({ path, status: 404, body: { ok: false, error: 'unknown-string' } });
    }
    const placeholder = await fetch(`${kiosk.base}/api/audio/clips/zh-CN/language.switchTo`);
    expect({ status: placeholder.status, body: await placeholder.json() }).toEqual({ status: 404, body: { ok: false, error: 'needs-text' } });
  });

  test('speaks a ticket number digit by digit, and keeps it for next time in the voice cache', async () => {
    const before = clipRows(kiosk.deps.db);
    const cachedBefore = cachedRunTimeClips(kiosk.deps.voiceCache);
    const { status, type, bytes } = await audioOf(await speak({ locale: 'zh-CN', text: 'A012', digitByDigit: true }));
    expect({ status, type, magic: bytes.subarray(0, 4).toString('latin1') }).toEqual({ status: 200, type: 'audio/ogg', magic: 'OggS' });
    expect(cachedRunTimeClips(kiosk.deps.voiceCache)).toBe(cachedBefore + 1);
    expect(clipRows(kiosk.deps.db)).toBe(before);
  });

  // EN 301 549 5.1.3.9: a resident's own answer is spoken through the headphones and never stored.
  test("speaks a resident's ID number without writing anything to the database", async () => {
    const before = clipRows(kiosk.deps.db);
    const cachedBefore = cachedRunTimeClips(kiosk.deps.voiceCache);
    const { status, bytes } = await audioOf(await speak({ locale: 'zh-CN', text: '11010519491231002X', digitByDigit: true, private: true }));
    expect({ status, magic: bytes.subarray(0, 4).toString('latin1') }).toEqual({ status: 200, magic: 'OggS' });
    expect(clipRows(kiosk.deps.db)).toBe(before);
    expect(cachedRunTimeClips(kiosk.deps.voiceCache)).toBe(cachedBefore);
  });

  test('says there is nothing to say for text with no words in it', async () => {
    for (const text of ['。。', '   ']) {
      const response = await speak({ locale: text === '   ' ? 'en' : 'zh-CN', text });
      expect({ text, status: response.status, body: await response.json() }).toEqual({ text, status: 422, body: { ok: false, error: 'nothing-to-say' } });
    }
  });

  test('refuses a malformed request with a 400, never a 500', async () => {
    const badBodies = [
      { text: '你好' },
      // Issue #16.4: the cap was 300, which refused the check page's reading of a long form (773 at most).
      { locale: 'zh-CN', text: '好'.repeat(longestSpokenText + 1) },
      { locale: 'zh-CN', text: '' },
      { locale: 'zh-CN', text: 12 },
      { locale: 'fr', text: 'bonjour' },
      { locale: 'zh-CN', text: 'A012', digitByDigit: 'yes' },
      { locale: 'zh-CN', text: '11010519491231002X', private: 'true' },
      // A misspelt `private` must not quietly store a resident's answer.
      { locale: 'zh-CN', text: '11010519491231002X', privat: true },
      ['zh-CN', '你好'],
    ];
    for (const body of badBodies) {
      const response = await speak(body);
      const answer = (await response.json()) as { error: string; message: string };
      expect({ body, status: response.status, error: answer.error }).toEqual({ body, status: 400, error: 'invalid-request' });
      expect(answer.message).not.toBe('');
    }
    const notJson = await fetch(`${kiosk.base}/api/audio/speak`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"locale":' });
    expect(notJson.status).toBe(400);
  });
});

describe('Screens keep their voice', () => {
  const dir = sharedTempDir();
  let kiosk: Awaited<ReturnType<typeof startTestKiosk>>;

  // One full build, shared by the tests below: some 1,300 clips, about 65 s with 2 espeak-ng processes on
  // a quiet 2-core machine, and up to twice that while the rest of the unit tests run beside it.
  beforeAll(async () => {
    // A hall folder with its own config and one recorded prompt beside it, as kiosk-config/voice holds them.
    const hallDir = join(dir, 'hall');
    mkdirSync(join(hallDir, 'voice', 'zh-CN'), { recursive: true });
    copyFileSync(bundledConfigFile, join(hallDir, 'hall.json'));
    execFileSync('espeak-ng', ['-v', 'cmn-latn-pinyin', '-w', join(hallDir, 'voice', 'zh-CN', 'home.heading.wav'), 'qing3 xuan3 ze2']);
    kiosk = await startTestKiosk(dir, join(hallDir, 'hall.json'));
    const counts = await buildHallClips(kiosk.deps.db, kiosk.deps.voice, { parallelism: 2 });
    expect(counts.failed).toEqual([]);
  }, 300_000);
  afterAll(() => kiosk.stop());

  test('every interface string the kiosk may say in both languages and every text of the enabled services has a clip', () => {
    const { db, voice } = kiosk.deps;
    const loadedConfig = kiosk.deps.config.current();
    const missing: string[] = [];
    const placeholders: string[] = [];
    const silent: string[] = [];
    for (const locale of localeIds) {
      for (const [id, text] of flattenTranslations(resources[locale].translation)) {
        // The staff console is read on the counter PC's screen, never spoken.
        if (isConsoleOnly(id)) continue;
        // Placeholders filled only at run time ("切换到{{language}}") are spoken through /api/audio/speak.
        if (/\{\{|\$t\(/.test(text)) placeholders.push(`${locale} ${id}`);
        else if (speechTextFor(locale, text, { pinyinOverrides: voice.pinyinOverrides }) === '') silent.push(text);
        else if (!clipFor(db, locale, id, text)) missing.push(`${locale} ${id}: ${text}`);
      }
    }
    const enabled = new Set(loadedConfig.config.services.enabled);
    for (const seed of shippedSeeds().filter((each) => enabled.has(each.id))) {
      for (const text of seedTexts(seed)) {
        for (const locale of localeIds) {
          const filled = fillCountyFigures(text[locale], loadedConfig.config.countyFigures) ?? text[locale];
          if (!clipFor(db, locale, text.id, filled)) missing.push(`${locale} ${text.id}: ${filled}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(placeholders.sort()).toEqual(voice.entries.onDemandOnly.map((entry) => `${entry.locale} ${entry.id}`).sort());
    // Only punctuation (a pause between spoken parts) has nothing to say.
    for (const text of silent) expect(text).toMatch(/^[\p{P}\s]*$/u);
  });

  test("a recording beside the hall's config file is what the kiosk plays", async () => {
    const recorded = clipFor(kiosk.deps.db, 'zh-CN', 'home.heading', '请选择要办理的事项');
    expect(recorded?.source).toBe('recorded');
    const served = await audioOf(await fetch(`${kiosk.base}/api/audio/clips/zh-CN/home.heading`));
    expect(served.bytes).toEqual(recorded?.audio);
  });

  test('the next start makes nothing again, and logs that the voice is ready', async () => {
    const rowsBefore = clipRows(kiosk.deps.db);
    await buildVoiceInBackground(kiosk.deps, kiosk.log, { delayMs: 0 });
    const built = kiosk.log.lines.find((line) => line.event.id === 'voice.built');
    const clips = kiosk.deps.voice.entries.entries.length;
    expect(built?.fields).toMatchObject({ clips, synthesized: 0, recorded: 0, failed: 0 });
    expect(Number(built?.fields.unchanged) + Number(built?.fields.silent)).toBe(clips);
    expect(clipRows(kiosk.deps.db)).toBe(rowsBefore);
  });
});

describe('a kiosk without espeak-ng', () => {
  test('still starts and serves, logs voice.failed, and answers 503 for speech', async () => {
    const child = spawn(resolve(repositoryRoot, 'node_modules/.bin/tsx'), ['electron/server/serve.ts'], {
      cwd: repositoryRoot,
      // Only node and tsx on the PATH: espeak-ng cannot be found.
      env: { ...process.env, PATH: resolve(repositoryRoot, 'node_modules/.bin'), KIOSK_PORT: '0', KIOSK_DATA_DIR: tempDir() },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    const logLine = (id: string) => output.split('\n').find((line) => line.includes(`"event":"${id}"`));
    while (!logLine('voice.failed')) {
      if (child.exitCode !== null) throw new Error(`exited early: ${output}`);
      await new Promise((wait) => setTimeout(wait, 50));
    }
    const failed = JSON.parse(logLine('voice.failed') ?? '{}') as { firstFailures: { error: string }[] };
    expect(failed.firstFailures[0]?.error).toContain('espeak-ng is not installed');
    const { url } = JSON.parse(logLine('server.ready') ?? '{}') as { url: string };
    expect((await fetch(`${url}healthz`)).status).toBe(200);
    const clip = await fetch(`${url}api/audio/clips/zh-CN/home.heading`);
    expect({ status: clip.status, body: await clip.json() }).toEqual({ status: 503, body: { ok: false, error: 'speech-unavailable' } });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
