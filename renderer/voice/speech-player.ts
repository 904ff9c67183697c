import { api } from '../api.ts';

/**
 * The one speech queue for the whole kiosk (accessibility.md, Hearing). It plays prebuilt clips by
 * string id, or text composed at run time (synthesised offline by the backend), one after another on
 * one <audio> element. Anything new interrupts what is playing.
 */
export type SpeechItem =
  /** A UI string or seed text, from its prebuilt (or recorded) clip. */
  | { id: string }
  /** Text composed at run time: numbers, counts, a control's name and position. */
  | { text: string; digitByDigit?: boolean; personal?: boolean };

export interface PlaybackSettings {
  /** 0–1. */
  volume: number;
  /** 0.5–2, pitch kept. */
  rate: number;
}

const busyToldEveryMs = 60_000;

function describe(item: SpeechItem): string {
  return 'id' in item ? item.id : item.text;
}

export class SpeechPlayer {
  readonly #audio: HTMLAudioElement;
  #queue: SpeechItem[] = [];
  #locale: 'zh-CN' | 'en' = 'zh-CN';
  #objectUrls: string[] = [];
  #prefetched: { item: SpeechItem; source: Promise<string> } | undefined;
  #generation = 0;
  #settings: PlaybackSettings = { volume: 0.5, rate: 0.85 };
  #busyToldAt = -Infinity;

  constructor(audio: HTMLAudioElement) {
    this.#audio = audio;
    this.#audio.preservesPitch = true;
    this.#audio.addEventListener('ended', () => void this.#playNext(this.#generation));
    this.#audio.addEventListener('error', () => void this.#playNext(this.#generation));
  }

  configure(settings: PlaybackSettings): void {
    this.#settings = settings;
    this.#audio.volume = settings.volume;
    this.#audio.playbackRate = settings.rate;
  }

  /** Stops what is playing and speaks these instead. */
  speak(items: readonly SpeechItem[], locale: string): void {
    this.stop();
    // The kiosk's two languages (i18n), the only ones the backend speaks.
    this.#locale = locale === 'en' ? 'en' : 'zh-CN';
    this.#queue = [...items];
    void this.#playNext(this.#generation);
  }

  stop(): void {
    this.#generation += 1;
    this.#queue = [];
    this.#prefetched = undefined;
    this.#audio.pause();
    this.#audio.removeAttribute('data-speaking');
    this.#audio.dataset.state = 'idle';
  }

  pause(): void {
    if (this.#audio.dataset.state !== 'playing') return;
    this.#audio.pause();
    this.#audio.dataset.state = 'paused';
  }

  resume(): void {
    if (this.#audio.dataset.state !== 'paused') return;
    this.#audio.dataset.state = 'playing';
    void this.#audio.play();
  }

  get state(): string {
    return this.#audio.dataset.state ?? 'idle';
  }

  async #playNext(generation: number): Promise<void> {
    if (generation !== this.#generation) return;
    const item = this.#queue.shift();
    // This item's own source, if it was fetched ahead while the one before it played.
    const prefetched = item && this.#prefetched?.item === item ? this.#prefetched.source : undefined;
    // Fetch the next one while this one plays, so there is no gap between them.
    const following = this.#queue[0];
    this.#prefetched = following ? { item: following, source: this.#sourceFor(following) } : undefined;
    if (!item) {
      this.#audio.dataset.state = 'idle';
      this.#audio.removeAttribute('data-speaking');
      return;
    }
    try {
      const source = await (prefetched ?? this.#sourceFor(item));
      if (generation !== this.#generation) return;
      this.#audio.src = source;
      this.#audio.volume = this.#settings.volume;
      this.#audio.playbackRate = this.#settings.rate;
      this.#audio.dataset.speaking = describe(item);
      this.#audio.dataset.state = 'playing';
      await this.#audio.play();
      // For the bench and the tests: when the first audio of this utterance actually started.
      this.#audio.dataset.startedAt = String(performance.now());
    } catch {
      // A clip that cannot be fetched or played is skipped; the screen still works without it.
      void this.#playNext(generation);
    }
  }

  async #sourceFor(item: SpeechItem): Promise<string> {
    if ('id' in item) return this.#clipUrl(item.id);
    // Not callBackend: the answer is an audio clip, read as a blob, not JSON.
    const response = await api.audio.speak.$post({
      json: { locale: this.#locale, text: item.text, digitByDigit: item.digitByDigit ?? false, private: item.personal ?? false },
    });
    // Issue #16.4: over the kiosk's speech limit, the resident hears why (a prebuilt clip, never limited), once a minute at most.
    if (response.status === 429 && performance.now() - this.#busyToldAt > busyToldEveryMs) {
      this.#busyToldAt = performance.now();
      return this.#clipUrl('voice.busy');
    }
    if (!response.ok) throw new Error(`speak: HTTP ${response.status}`);
    // Keep the last two (the one playing and the one fetched ahead); free the rest.
    const url = URL.createObjectURL(await response.blob());
    this.#objectUrls.push(url);
    for (const old of this.#objectUrls.splice(0, Math.max(0, this.#objectUrls.length - 2))) URL.revokeObjectURL(old);
    return url;
  }

  /** An <audio> element's source, which the element fetches itself, so not a call through the client. */
  #clipUrl(id: string): string {
    return `/api/audio/clips/${this.#locale}/${encodeURIComponent(id)}`;
  }
}
