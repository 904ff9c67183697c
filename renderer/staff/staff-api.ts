import type { InferResponseType } from 'hono/client';
import type { CatalogResponse, KioskSettings, api } from '../api.ts';
import { requestBackend } from '../backend-json.ts';

/*
 * The console's calls to the backend's staff, queue, help and report routes, their answers typed from the
 * routes themselves. They go through fetch with relative URLs (they work on
 * http:// and app:// alike); the session and the paired device travel as HttpOnly cookies.
 */

/** The status page (config, seed problems, notices), typed from the route itself. */
export type StaffStatus = InferResponseType<(typeof api.staff.status)['$get'], 200>;

/** A route's successful answer, from the route's own type. */
type Answer<Route extends (...args: never[]) => unknown> = InferResponseType<Route, 200>;

export type SignedIn = Answer<typeof api.staff.me.$get>;
export type StaffMember = SignedIn['staff'];
export type QueueWindows = Answer<typeof api.queue.windows.$get>;
export type HallWindow = QueueWindows['windows'][number];
export type CurrentTicket = NonNullable<HallWindow['current']>;
export type WaitingTicket = QueueWindows['waiting'][number];
export type NextTicket = NonNullable<QueueWindows['next']>;
export type QueueRule = QueueWindows['rule'];
export type HelpCall = Answer<typeof api.help.$get>['calls'][number];
export type TodayFigures = Answer<typeof api.reports.today.$get>;
export type AdminSettings = Answer<typeof api.staff.admin.$get>;
export type Timing = AdminSettings['timing'];
export type PairedDevice = Answer<typeof api.staff.admin.devices.$get>['devices'][number];

/** What went wrong, as the contract's failure bodies say it; 'unreachable' when no answer came at all. */
export interface ApiFailure {
  ok: false;
  status: number;
  error: string;
  attemptsLeft?: number;
  retryAfterSeconds?: number;
  problems?: unknown[];
  /** What the backend says to staff, in their language, where a route words its refusal itself. */
  message?: string;
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

/** A call to a staff route: its answer, or the failure as a value; a lost session tells the listeners. */
export async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<ApiResult<T>> {
  const answer = await requestBackend<Record<string, unknown>>(method, path, body);
  if (!answer.reached) return { ok: false, status: 0, error: 'unreachable' };
  const { status } = answer;
  const json = answer.body ?? {};
  if (status >= 200 && status < 300) return { ...(json as T), ok: true };
  const error = typeof json.error === 'string' ? json.error : 'unexpected';
  const lost = accessLostReason(status, error);
  if (lost) for (const listener of accessLostListeners) listener(lost);
  return { ...json, ok: false, status, error };
}

const windowPath = (windowId: string, action: string) => `/api/queue/windows/${encodeURIComponent(windowId)}/${action}`;

export const staffApi = {
  me: () => request<SignedIn>('GET', '/api/staff/me'),
  signIn: (pin: string) => request<{ staff: StaffMember }>('POST', '/api/staff/session', { pin, where: 'console' }),
  signOut: () => request('DELETE', '/api/staff/session'),
  /** A name staff give the device (柜台电脑, 大厅电视), shown in the admin's list of paired devices. */
  pair: (code: string, name: string) => request('POST', '/api/staff/pair', name === '' ? { code } : { code, name }),

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

  syncState: () => request<Answer<typeof api.sync.$get>>('GET', '/api/sync'),
  retrySync: (reference: string) => request('POST', `/api/sync/${encodeURIComponent(reference)}/retry`),

  resetKiosk: () => request('POST', '/api/staff/kiosk/reset'),
  startScanning: () => request('POST', '/api/staff/kiosk/start-scanning'),

  admin: () => request<AdminSettings>('GET', '/api/staff/admin'),
  addStaff: (member: { name: string; role: StaffMember['role']; pin: string }) => request<{ id: string }>('POST', '/api/staff/admin/staff', member),
  removeStaff: (id: string) => request('DELETE', `/api/staff/admin/staff/${encodeURIComponent(id)}`),
  resetPin: (id: string, pin: string) => request('POST', `/api/staff/admin/staff/${encodeURIComponent(id)}/pin`, { pin }),
  setServices: (enabled: string[]) => request('PUT', '/api/staff/admin/services', { enabled }),
  setTiming: (timing: Timing) => request('PUT', '/api/staff/admin/timing', timing),
  devices: () => request<{ devices: PairedDevice[] }>('GET', '/api/staff/admin/devices'),
  revokeDevice: (id: number) => request('POST', `/api/staff/admin/devices/${id}/revoke`),
};
