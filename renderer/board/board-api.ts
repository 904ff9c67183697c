import type { InferResponseType } from 'hono/client';
import type { api } from '../api.ts';
import { requestBackend } from '../backend-json.ts';

/** GET /api/queue/board (issue #6): what the hall's TV shows. Numbers only, no personal data. */
export type BoardState = InferResponseType<typeof api.queue.board.$get, 200>;

export type BoardLoad = { ok: true; board: BoardState } | { ok: false; error: 'device-not-paired' | 'unreachable' };

/** On the hall network an unpaired TV is refused (403 device-not-paired) and shows the pairing form. */
export async function loadBoard(): Promise<BoardLoad> {
  const answer = await requestBackend<BoardState | { error?: unknown }>('GET', '/api/queue/board');
  if (answer.reached && answer.status === 200 && answer.body && 'windows' in answer.body) return { ok: true, board: answer.body };
  const refusedAsUnpaired = answer.reached && answer.status === 403 && answer.body && 'error' in answer.body && answer.body.error === 'device-not-paired';
  return { ok: false, error: refusedAsUnpaired ? 'device-not-paired' : 'unreachable' };
}
