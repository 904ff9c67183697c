import type { Localised } from '../config/localised.ts';

/** Live updates pushed to open pages over SSE (architecture.md: calls, help requests, sync status). */
export type LiveEvent =
  | { type: 'hello'; serverTime: string }
  /** Something in the queue changed: tickets issued, called or finished. Pages fetch what they show. */
  | { type: 'queue' }
  /** A ticket was called to a window; the board shows and announces it. */
  | { type: 'call'; number: string; windowId: string; windowName: Localised; calledAt: string; recall: boolean }
  /** A help call was made, acknowledged or cleared. Only staff pages get the list; the kiosk gets its own call's state. */
  | { type: 'help'; id: number; state: 'waiting' | 'acknowledged' | 'cleared' }
  /** The hall configuration changed in the console; pages fetch their settings again. */
  | { type: 'config' }
  /** Sync to the county changed: online or offline, requests sent or needing attention. */
  | { type: 'sync' }
  /** A request was made, or staff moved one on: consoles fetch the worklist again. Staff pages only. */
  | { type: 'worklist' }
  /** Issue #16.4, #16.7: a notice for staff was raised (a rate limit, the sign-in ceiling); consoles fetch the status again. Staff pages only. */
  | { type: 'notices' }
  /** A staff command to the resident kiosk. */
  | { type: 'kiosk'; command: 'reset' | 'start-scanning' };

export type LiveEventType = LiveEvent['type'];
export const liveEventTypes = ['hello', 'queue', 'call', 'help', 'config', 'sync', 'worklist', 'notices', 'kiosk'] as const satisfies readonly LiveEventType[];

export type LiveClientKind = 'kiosk' | 'staff' | 'board';
const everyone: readonly LiveClientKind[] = ['kiosk', 'staff', 'board'];

type Listener = (event: LiveEvent) => void;

/** One in-process publisher; each SSE connection subscribes while it is open. */
export class LiveHub {
  readonly #listeners = new Map<Listener, LiveClientKind>();

  subscribe(kind: LiveClientKind, listener: Listener): () => void {
    this.#listeners.set(listener, kind);
    return () => this.#listeners.delete(listener);
  }

  /** Sends an event to every open page of the given kinds (all, by default). */
  publish(event: LiveEvent, audience: readonly LiveClientKind[] = everyone): void {
    for (const [listener, kind] of this.#listeners) if (audience.includes(kind)) listener(event);
  }

  /** How many pages of a kind are connected, such as staff consoles. */
  connected(kind: LiveClientKind): number {
    return [...this.#listeners.values()].filter((each) => each === kind).length;
  }
}
