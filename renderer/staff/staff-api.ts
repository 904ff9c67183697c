import type { ClientResponse, InferResponseType } from 'hono/client';
import { api } from '../api.ts';
import { callBackend } from '../backend-call.ts';
import type { BackendAnswer, SuccessBody } from '../backend-call.ts';
import type { StaffRefusal } from '../../electron/server/staff-guard.ts';
import { signIn, signOut } from '../staff-session.ts';
import type { StaffMember } from '../staff-session.ts';

/*
 * The console's calls to the backend's staff, queue, help and report routes, their answers typed from the
 * routes themselves, through the typed client (renderer/api.ts); the session and the paired device travel
 * as HttpOnly cookies.
 */

/** The status page (config, seed problems, notices), typed from the route itself. */
export type StaffStatus = InferResponseType<(typeof api.staff.status)['$get'], 200>;

/** A route's successful answer, from the route's own type. */
type Answer<Route extends (...args: never[]) => unknown> = InferResponseType<Route, 200>;

export type SignedIn = Answer<typeof api.staff.me.$get>;
export type { StaffMember } from '../staff-session.ts';
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
  if (status === 401 && error === ('staff-session-required' satisfies StaffRefusal)) return 'signed-out';
  if (status === 403 && error === ('device-not-paired' satisfies StaffRefusal)) return 'not-paired';
  return undefined;
}

/**
 * A call to a staff route, read as the console reads it: the route's success body, or the failure as a
 * value; a lost session tells the listeners.
 */
export async function staffResult<Response extends ClientResponse<unknown, number, string>>(answer: Promise<BackendAnswer<Response>>): Promise<ApiResult<SuccessBody<Response>>> {
  const settled = await answer;
  if (!settled.reached) return { ok: false, status: 0, error: 'unreachable' };
  const { status } = settled;
  const body = (settled.body ?? {}) as Record<string, unknown>;
  // At a success status the body is one the route declares for it.
  if (status >= 200 && status < 300) return { ...body, ok: true } as ApiResult<SuccessBody<Response>>;
  const error = typeof body.error === 'string' ? body.error : 'unexpected';
  const lost = accessLostReason(status, error);
  if (lost) for (const listener of accessLostListeners) listener(lost);
  return { ...body, ok: false, status, error };
}

/** The console's call through the typed client (renderer/api.ts). */
export const staffCall = <Response extends ClientResponse<unknown, number, string>>(send: () => Promise<Response>) => staffResult(callBackend(send));

// hc puts a path parameter in as it is; the server decodes it.
const onWindow = (windowId: string) => ({ param: { windowId: encodeURIComponent(windowId) } });
const byId = (id: number | string) => ({ param: { id: encodeURIComponent(id) } });

export const staffApi = {
  me: () => staffCall(() => api.staff.me.$get()),
  signIn: (pin: string) => staffResult(signIn(pin, 'console')),
  signOut: () => staffResult(signOut()),
  /** A name staff give the device (柜台电脑, 大厅电视), shown in the admin's list of paired devices. */
  pair: (code: string, name: string) => staffCall(() => api.staff.pair.$post({ json: name === '' ? { code } : { code, name } })),

  status: () => staffCall(() => api.staff.status.$get()),
  /** The enabled services, to name the screens residents call from. */
  catalog: () => staffCall(() => api.catalog.$get()),
  /** The hall's settings, for the business types' names. */
  kioskSettings: () => staffCall(() => api.kiosk.$get()),

  queueWindows: () => staffCall(() => api.queue.windows.$get()),
  callNext: (windowId: string) => staffCall(() => api.queue.windows[':windowId']['call-next'].$post(onWindow(windowId))),
  recall: (windowId: string) => staffCall(() => api.queue.windows[':windowId'].recall.$post(onWindow(windowId))),
  skip: (windowId: string) => staffCall(() => api.queue.windows[':windowId'].skip.$post(onWindow(windowId))),
  finish: (windowId: string) => staffCall(() => api.queue.windows[':windowId'].finish.$post(onWindow(windowId))),

  helpCalls: () => staffCall(() => api.help.$get()),
  acknowledgeHelp: (id: number) => staffCall(() => api.help[':id'].acknowledge.$post(byId(id))),
  clearHelp: (id: number) => staffCall(() => api.help[':id'].clear.$post(byId(id))),

  todayFigures: () => staffCall(() => api.reports.today.$get()),

  syncState: () => staffCall(() => api.sync.$get()),
  retrySync: (reference: string) => staffCall(() => api.sync[':reference'].retry.$post({ param: { reference: encodeURIComponent(reference) } })),

  resetKiosk: () => staffCall(() => api.staff.kiosk.reset.$post()),
  startScanning: () => staffCall(() => api.staff.kiosk['start-scanning'].$post()),

  admin: () => staffCall(() => api.staff.admin.$get()),
  addStaff: (member: { name: string; role: StaffMember['role']; pin: string }) => staffCall(() => api.staff.admin.staff.$post({ json: member })),
  removeStaff: (id: string) => staffCall(() => api.staff.admin.staff[':id'].$delete(byId(id))),
  resetPin: (id: string, pin: string) => staffCall(() => api.staff.admin.staff[':id'].pin.$post({ ...byId(id), json: { pin } })),
  setServices: (enabled: string[]) => staffCall(() => api.staff.admin.services.$put({ json: { enabled } })),
  setTiming: (timing: Timing) => staffCall(() => api.staff.admin.timing.$put({ json: timing })),
  devices: () => staffCall(() => api.staff.admin.devices.$get()),
  revokeDevice: (id: number) => staffCall(() => api.staff.admin.devices[':id'].revoke.$post(byId(id))),
};
