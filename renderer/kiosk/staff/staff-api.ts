import type { InferResponseType } from 'hono/client';
import type { api } from '../../api.ts';
import { requestBackend } from '../../backend-json.ts';

/** /api/staff at the kiosk: who signed in, typed from the route. */
export type StaffMember = InferResponseType<typeof api.staff.me.$get, 200>['staff'];

export type SignInAnswer =
  | { ok: true; staff: StaffMember }
  | { ok: false; error: 'wrong-pin'; attemptsLeft: number }
  | { ok: false; error: 'locked'; retryAfterSeconds: number }
  | { ok: false; error: 'refused' | 'unreachable' };

/** POST /session: the answer sets the HttpOnly staff cookie, which the renderer never reads. */
export async function signIn(pin: string): Promise<SignInAnswer> {
  const answer = await requestBackend<SignInAnswer>('POST', '/api/staff/session', { pin, where: 'kiosk' });
  if (!answer.reached) return { ok: false, error: 'unreachable' };
  const { status, body } = answer;
  if (status === 200 && body?.ok) return body;
  if (status === 401 && body?.ok === false && body.error === 'wrong-pin') return body;
  if (status === 423 && body?.ok === false && body.error === 'locked') return body;
  return { ok: false, error: 'refused' };
}

/** DELETE /session. Best effort: a session the backend still holds ends on its own, and the kiosk forgets it at once. */
export async function signOut(): Promise<void> {
  await requestBackend('DELETE', '/api/staff/session');
}

export type PairingCodeAnswer = { ok: true; code: string; expiresAt: string } | { ok: false; error: 'refused' | 'unreachable' };

/** GET /pairing-code: a one-time code for a counter PC or the hall's TV to join on the LAN. */
export async function fetchPairingCode(): Promise<PairingCodeAnswer> {
  const answer = await requestBackend<InferResponseType<(typeof api.staff)['pairing-code']['$get'], 200>>('GET', '/api/staff/pairing-code');
  if (!answer.reached) return { ok: false, error: 'unreachable' };
  if (answer.status !== 200 || !answer.body) return { ok: false, error: 'refused' };
  return { ok: true, code: answer.body.code, expiresAt: answer.body.expiresAt };
}
