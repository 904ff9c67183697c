/** Live updates pushed to every open page over SSE (architecture.md: calls, help requests, sync status). */
export type LiveEvent = { type: 'hello'; serverTime: string };

export type LiveClientKind = 'kiosk' | 'staff' | 'board';

type Listener = (event: LiveEvent) => void;

/** One in-process publisher; each SSE connection subscribes while it is open. */
export class LiveHub {
  readonly #listeners = new Map<Listener, LiveClientKind>();

  subscribe(kind: LiveClientKind, listener: Listener): () => void {
    this.#listeners.set(listener, kind);
    return () => this.#listeners.delete(listener);
  }

  publish(event: LiveEvent): void {
    for (const listener of this.#listeners.keys()) listener(event);
  }

  /** How many pages of a kind are connected, such as staff consoles. */
  connected(kind: LiveClientKind): number {
    return [...this.#listeners.values()].filter((each) => each === kind).length;
  }
}
