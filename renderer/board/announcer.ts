import type { SpeechItem } from '../voice/speech-player.ts';

/** What the announcer needs of the speech queue (SpeechPlayer). */
export interface AnnouncementPlayer {
  speak: (items: readonly SpeechItem[], locale: string) => void;
  readonly state: string;
}

/** How often to look whether the current announcement has ended. */
const checkEveryMs = 250;

/**
 * Calls that arrive together are announced one after another, each in full. The speech queue stops what
 * it is saying when asked to speak, so the next announcement waits until the player is idle again. Every
 * announcement starts with a clip by id, so the player is playing from the moment it is asked to speak.
 */
export class BoardAnnouncer {
  readonly #player: AnnouncementPlayer;
  readonly #waiting: { items: readonly SpeechItem[]; locale: string }[] = [];
  #speaking = false;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(player: AnnouncementPlayer) {
    this.#player = player;
  }

  announce(items: readonly SpeechItem[], locale: string): void {
    this.#waiting.push({ items, locale });
    this.#timer ??= setInterval(() => {
      if (this.#player.state === 'idle') this.#speakNext();
    }, checkEveryMs);
    if (!this.#speaking) this.#speakNext();
  }

  dispose(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#waiting.length = 0;
  }

  #speakNext(): void {
    const next = this.#waiting.shift();
    this.#speaking = next !== undefined;
    if (!next) return this.dispose();
    this.#player.speak(next.items, next.locale);
  }
}
