import type { Localised } from '../../electron/config/localised.ts';

/** GET /api/queue/board (issue #6): what the hall's TV shows. Numbers only, no personal data. */
export interface BoardState {
  windows: { id: string; name: Localised; current: { number: string; calledAt: string } | null }[];
  /** The last 5 calls, newest first. */
  recent: { number: string; windowId: string; windowName: Localised; calledAt: string }[];
  waiting: { letter: string; name: Localised; count: number }[];
}

export type BoardLoad = { ok: true; board: BoardState } | { ok: false; error: 'device-not-paired' | 'unreachable' };

/** On the hall network an unpaired TV is refused (403 device-not-paired) and shows the pairing form. */
export async function loadBoard(): Promise<BoardLoad> {
  try {
    const response = await fetch('/api/queue/board');
    if (response.ok) return { ok: true, board: (await response.json()) as BoardState };
    const body = (await response.json().catch(() => ({}))) as { error?: unknown };
    return { ok: false, error: response.status === 403 && body.error === 'device-not-paired' ? 'device-not-paired' : 'unreachable' };
  } catch {
    return { ok: false, error: 'unreachable' };
  }
}
