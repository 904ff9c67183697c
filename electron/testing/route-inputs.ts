import { KioskConfig } from '../config/schema.ts';
import { highAgeAllowanceAnswers } from './kiosk-files.ts';

/**
 * What each API route reads, for the bad-input test (electron/server/bad-input.test.ts). A route of the
 * app without an entry here fails that test: adding a route means adding its line.
 *
 * - `body`: a valid body; the test sends it mutated (a field of the wrong type, an unknown field, a huge
 *   or deeply nested value), as random JSON, as text that is not JSON, and with the wrong content type.
 * - `params`: each path parameter with the values that name something real, which the test avoids.
 * - `readsNoInput`: the route reads nothing from the request but the staff session, so garbage around it is
 *   ignored and it may answer 2xx.
 * - `auditedByDesign`: audit events the route writes whatever the input (a refused PIN is audited, a
 *   sign-out and a staff reset are what the route is for). Only these rows, and the tables in
 *   `countsByDesign`, may change.
 * - `acceptsBody`: bodies that are valid after all (a random `{}` is a valid timing change), which the test
 *   does not count as bad input.
 */
export interface RouteInput {
  body?: Record<string, unknown>;
  params?: Record<string, readonly string[]>;
  readsNoInput?: true;
  auditedByDesign?: readonly string[];
  countsByDesign?: readonly string[];
  acceptsBody?: (body: unknown) => boolean;
}

const windowIds = ['window-1'];
const staffIds = ['demo-admin'];

export const routeInputs: Record<string, RouteInput> = {
  'GET /healthz': { readsNoInput: true },
  'GET /api/kiosk': { readsNoInput: true },
  'GET /api/catalog': { readsNoInput: true },
  'GET /api/events': {},
  'GET /api/audio/clips/:locale/:id': { params: { locale: [], id: [] } },
  'POST /api/audio/speak': { body: { locale: 'zh-CN', text: '一', digitByDigit: true, private: true } },
  'POST /api/applications': { body: { serviceId: 'high-age-allowance', locale: 'zh-CN', answers: highAgeAllowanceAnswers } },
  'POST /api/queue/tickets': { body: { businessType: 'A', priority: false, locale: 'zh-CN' } },
  'GET /api/queue/board': { readsNoInput: true },
  'GET /api/queue/windows': { readsNoInput: true },
  'POST /api/queue/windows/:windowId/call-next': { params: { windowId: windowIds } },
  'POST /api/queue/windows/:windowId/recall': { params: { windowId: windowIds } },
  'POST /api/queue/windows/:windowId/skip': { params: { windowId: windowIds } },
  'POST /api/queue/windows/:windowId/finish': { params: { windowId: windowIds } },
  'POST /api/help': { body: { screen: 'home', serviceId: 'high-age-allowance' } },
  'GET /api/help': { readsNoInput: true },
  'GET /api/help/:id': { params: { id: [] } },
  'POST /api/help/:id/acknowledge': { params: { id: [] } },
  'POST /api/help/:id/clear': { params: { id: [] } },
  'GET /api/reports/today': { readsNoInput: true },
  'POST /api/staff/session': {
    body: { pin: '000000', where: 'console' },
    auditedByDesign: ['staff.pin-failed', 'staff.locked-out', 'staff.sign-in-ceiling'],
    // Wrong PINs are counted per device and hall-wide; the hall-wide ceiling tells staff with a notice.
    countsByDesign: ['sign_in_delay', 'sign_in_failure', 'sign_in_ceiling', 'staff_notice'],
  },
  'DELETE /api/staff/session': { readsNoInput: true, auditedByDesign: ['staff.sign-out'] },
  'GET /api/staff/me': { readsNoInput: true },
  'GET /api/staff/status': { readsNoInput: true },
  'GET /api/staff/pairing-code': { readsNoInput: true },
  'POST /api/staff/pair': { body: { code: '000000' } },
  'POST /api/staff/kiosk/reset': { readsNoInput: true, auditedByDesign: ['session.reset'] },
  'POST /api/staff/kiosk/start-scanning': { readsNoInput: true },
  'GET /api/staff/audit': { readsNoInput: true },
  'GET /api/staff/admin': { readsNoInput: true },
  'GET /api/staff/admin/devices': { readsNoInput: true },
  'POST /api/staff/admin/devices/:id/revoke': { params: { id: [] } },
  'POST /api/staff/admin/staff': { body: { name: '测试', role: 'staff', pin: '24681357' } },
  'DELETE /api/staff/admin/staff/:id': { params: { id: staffIds } },
  'POST /api/staff/admin/staff/:id/pin': { params: { id: staffIds }, body: { pin: '24681357' } },
  'POST /api/staff/admin/staff/:id/role': { params: { id: staffIds }, body: { role: 'staff' } },
  'PUT /api/staff/admin/services': { body: { enabled: ['queue-ticket'] } },
  'PUT /api/staff/admin/timing': {
    body: { idleWarningAfterSeconds: 120, idleCountdownSeconds: 30, idleExtensions: 10, doubleTapGuardMs: 500 },
    acceptsBody: (body) => KioskConfig.shape.timing.safeParse(body).success,
  },
  'GET /api/sync/online': { readsNoInput: true },
  'GET /api/sync': { readsNoInput: true },
  'POST /api/sync/:reference/retry': { params: { reference: [] } },
  'GET /api/worklist/form.css': { readsNoInput: true },
  'GET /api/worklist': {},
  'GET /api/worklist/:reference': { params: { reference: [] } },
  'POST /api/worklist/:reference/state': { params: { reference: [] }, body: { action: 'take' } },
  'GET /api/worklist/:reference/form': { params: { reference: [] } },
  'POST /api/worklist/:reference/print': { params: { reference: [] }, body: { locale: 'zh-CN' } },
  'GET /api/appointments/slots': {},
  'GET /api/appointments/bookings': {},
  'POST /api/appointments/:id/cancel': { params: { id: [] } },
  'POST /api/appointments/:id/move': { params: { id: [] }, body: { date: '2026-12-01', halfDay: 'morning' } },
  'GET /api/appointments/home-visits': { auditedByDesign: ['appointment.home-visits-opened'] },
  'POST /api/enquiry': { body: { reference: 'KA-482913-5' } },
};
