import { api } from '../../api.ts';
import { callBackend } from '../../backend-call.ts';
import { signIn } from '../../staff-session.ts';
import type { StaffMember } from '../../staff-session.ts';

export type SignInAnswer =
  | { ok: true; staff: StaffMember }
  | { ok: false; error: 'wrong-pin'; attemptsLeft: number }
  | { ok: false; error: 'locked'; retryAfterSeconds: number }
  | { ok: false; error: 'refused' | 'unreachable' };

/** The kiosk's PIN dialog signs in at the kiosk itself. */
export async function signInAtKiosk(pin: string): Promise<SignInAnswer> {
  const answer = await signIn(pin, 'kiosk');
  if (!answer.reached) return { ok: false, error: 'unreachable' };
  if (answer.status === 200) return answer.body;
  if (answer.status === 401 && answer.body.error === 'wrong-pin') return answer.body;
  if (answer.status === 423 && answer.body.error === 'locked') return answer.body;
  return { ok: false, error: 'refused' };
}

export type PairingCodeAnswer = { ok: true; code: string; expiresAt: string } | { ok: false; error: 'refused' | 'unreachable' };

/** GET /pairing-code: a one-time code for a counter PC or the hall's TV to join on the LAN. */
export async function fetchPairingCode(): Promise<PairingCodeAnswer> {
  const answer = await callBackend(() => api.staff['pairing-code'].$get());
  if (!answer.reached) return { ok: false, error: 'unreachable' };
  if (answer.status !== 200 || !('code' in answer.body)) return { ok: false, error: 'refused' };
  return { ok: true, code: answer.body.code, expiresAt: answer.body.expiresAt };
}
