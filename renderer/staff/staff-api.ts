import type { SyncState } from '../../electron/core/sync/index.ts';
import type { InferResponseType } from 'hono/client';
import type { Localised } from '../../electron/config/localised.ts';
import type { CatalogResponse, KioskSettings, api } from '../api.ts';

/*
 * The console's calls to the backend's staff, queue, help and report routes, with the response shapes of
 * the HTTP contract (issue #6) declared once here. They go through fetch with relative URLs (they work on
 * http:// and app:// alike); the session and the paired device travel as HttpOnly cookies.
 */

/** The status page (config, seed problems, notices), typed from the route itself. */
export type StaffStatus = InferResponseType<(typeof api.staff.status)['$get'], 200>;

export interface StaffMember {
  id: string;
  name: string;
  role: 'staff' | 'admin';
}

export interface SignedIn {
  staff: StaffMember;
  where: 'kiosk' | 'console';
}

export interface CurrentTicket {
  number: string;
  businessType: string;
  priority: boolean;
  issuedAt: string;
  calledAt: string;
}

export interface WaitingTicket {
  number: string;
  businessType: string;
  priority: boolean;
  issuedAt: string;
}

export interface HallWindow {
  id: string;
  name: Localised;
  current: CurrentTicket | null;
}

export interface QueueWindows {
  windows: HallWindow[];
  /** In the order they will be called. */
  waiting: WaitingTicket[];
}

export interface HelpCall {
  id: number;
  createdAt: string;
  /** Where the resident was, such as 'form:high-age-allowance:idNumber'; null for the appeals service. */
  screen: string | null;
  state: 'waiting' | 'acknowledged';
}

export const ageBands = ['under-60', '60-69', '70-79', '80-89', '90-plus'] as const;
export type AgeBand = (typeof ageBands)[number];

export interface TodayFigures {
  ticketsByType: { letter: string; name: Localised; count: number }[];
  /** Minutes from taking a ticket to being called, today. */
  wait: { median: number | null; p90: number | null };
  servicesUsed: { serviceId: string; count: number }[];
  ageBands: { band: AgeBand; count: number }[];
  helpCallsByScreen: { screen: string | null; count: number }[];
}

export interface Timing {
  idleWarningAfterSeconds: number;
  idleCountdownSeconds: number;
  idleExtensions: number;
  doubleTapGuardMs: number;
}

export interface AdminSettings {
  staff: StaffMember[];
  services: { available: { id: string; name: Localised }[]; enabled: string[] };
  timing: Timing;
}

/** What went wrong, as the contract's failure bodies say it; 'unreachable' when no answer came at all. */
export interface ApiFailure {
  ok: false;
  status: number;
  error: string;
  attemptsLeft?: number;
  retryAfterSeconds?: number;
  problems?: unknown[];
}

export type ApiResult<T = object> = ({ ok: true } & T) | ApiFailure;

/**
 * Told when the backend says this page may no longer act for staff: the session ended (a restart, a
 * sign-out elsewhere) or, on the hall network, this device is not paired. The page then shows the form.
 */
export type AccessLost = 'signed-out' | 'not-paired';
const accessLostListeners = new Set<(reason: AccessLost) => void>();

export function onAccessLost(listener: (reason: AccessLost) => void): () => void {
  accessLostListeners.add(listener);
  return () => accessLostListeners.delete(listener);
}

function accessLostReason(status: number, error: string): AccessLost | undefined {
  if (status === 401 && error === 'staff-session-required') return 'signed-out';
  if (status === 403 && error === 'device-not-paired') return 'not-paired';
  return undefined;
}

async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, error: 'unreachable' };
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ...(json as T), ok: true };
  const error = typeof json.error === 'string' ? json.error : 'unexpected';
  const lost = accessLostReason(response.status, error);
  if (lost) for (const listener of accessLostListeners) listener(lost);
  return { ...json, ok: false, status: response.status, error };
}

const windowPath = (windowId: string, action: string) => `/api/queue/windows/${encodeURIComponent(windowId)}/${action}`;

export const staffApi = {
  me: () => request<SignedIn>('GET', '/api/staff/me'),
  signIn: (pin: string) => request<{ staff: StaffMember }>('POST', '/api/staff/session', { pin, where: 'console' }),
  signOut: () => request('DELETE', '/api/staff/session'),
  pair: (code: string) => request('POST', '/api/staff/pair', { code }),

  status: () => request<StaffStatus>('GET', '/api/staff/status'),
  /** The enabled services, to name the screens residents call from. */
  catalog: () => request<CatalogResponse>('GET', '/api/catalog'),
  /** The hall's settings, for the business types' names. */
  kioskSettings: () => request<KioskSettings>('GET', '/api/kiosk'),

  queueWindows: () => request<QueueWindows>('GET', '/api/queue/windows'),
  callNext: (windowId: string) => request<{ ticket: WaitingTicket }>('POST', windowPath(windowId, 'call-next')),
  recall: (windowId: string) => request<{ ticket: CurrentTicket }>('POST', windowPath(windowId, 'recall')),
  skip: (windowId: string) => request('POST', windowPath(windowId, 'skip')),
  finish: (windowId: string) => request('POST', windowPath(windowId, 'finish')),

  helpCalls: () => request<{ calls: HelpCall[] }>('GET', '/api/help'),
  acknowledgeHelp: (id: number) => request('POST', `/api/help/${id}/acknowledge`),
  clearHelp: (id: number) => request('POST', `/api/help/${id}/clear`),

  todayFigures: () => request<TodayFigures>('GET', '/api/reports/today'),

  syncState: () => request<SyncState>('GET', '/api/sync'),
  retrySync: (reference: string) => request('POST', `/api/sync/${encodeURIComponent(reference)}/retry`),

  resetKiosk: () => request('POST', '/api/staff/kiosk/reset'),
  startScanning: () => request('POST', '/api/staff/kiosk/start-scanning'),

  admin: () => request<AdminSettings>('GET', '/api/staff/admin'),
  addStaff: (member: { name: string; role: StaffMember['role']; pin: string }) => request<{ id: string }>('POST', '/api/staff/admin/staff', member),
  removeStaff: (id: string) => request('DELETE', `/api/staff/admin/staff/${encodeURIComponent(id)}`),
  resetPin: (id: string, pin: string) => request('POST', `/api/staff/admin/staff/${encodeURIComponent(id)}/pin`, { pin }),
  setServices: (enabled: string[]) => request('PUT', '/api/staff/admin/services', { enabled }),
  setTiming: (timing: Timing) => request('PUT', '/api/staff/admin/timing', timing),
};
