import type { InferResponseType } from 'hono/client';
import { api } from '../api.ts';
import { callBackend } from '../backend-call.ts';
import type { StaffRefusal } from '../../electron/server/staff-guard.ts';

/** GET /api/queue/board (issue #6): what the hall's TV shows. Numbers only, no personal data. */
export type BoardState = InferResponseType<typeof api.queue.board.$get, 200>;

export type BoardLoad = { ok: true; board: BoardState } | { ok: false; error: Extract<StaffRefusal, 'device-not-paired'> | 'unreachable' };

/** On the hall network an unpaired TV is refused (403 device-not-paired) and shows the pairing form. */
export async function loadBoard(): Promise<BoardLoad> {
  const answer = await callBackend(() => api.queue.board.$get());
  if (answer.reached && answer.status === 200) return { ok: true, board: answer.body };
  const refusedAsUnpaired = answer.reached && answer.status === 403 && answer.body.error === 'device-not-paired';
  return { ok: false, error: refusedAsUnpaired ? 'device-not-paired' : 'unreachable' };
}
