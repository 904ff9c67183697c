import { Hono } from 'hono';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import type { ConfigProblem } from '../config/problems.ts';
import { problemsFromZod } from '../config/problems.ts';
import { KioskConfig } from '../config/schema.ts';
import { writeConfigChange } from '../config/write.ts';
import type { ConfigPatch } from '../config/write.ts';
import { audited, recentAudit } from '../core/audit/audit-log.ts';
import type { RecordAudit } from '../core/audit/audit-log.ts';
import { catalogServices } from '../core/staff/catalog-services.ts';
import { DeviceName, PairingCode, issuePairingCode, listPairedDevices, pairDeviceWithCode, revokePairedDevice } from '../core/staff/device-pairing.ts';
import { openStaffNotices } from '../core/staff/notices.ts';
import { StaffPin, hashPin } from '../core/staff/pin.ts';
import { findStaffByPin, signIn } from '../core/staff/sign-in.ts';
import { withPin, withRole, withStaffAdded, withStaffRemoved } from '../core/staff/staff-changes.ts';
import type { StaffChangeProblem } from '../core/staff/staff-changes.ts';
import { StaffMember } from '../core/staff/staff-config.ts';
import { events } from '../events.ts';
import type { LogFields } from '../log.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import { upgradePinHash } from './pin-upgrade.ts';
import { deviceCookie, isLocalRequest, pairedDeviceIdleMs, remoteAddressOf, requestDevice, requirePairedDevice, requireStaff, staffCookie, staffCookieOptions } from './staff-guard.ts';
import type { StaffVariables } from './staff-guard.ts';
import { invalidRequest, validated } from './validated.ts';

const SignInRequest = z.strictObject({ pin: StaffPin, where: z.enum(['kiosk', 'console']) });
const PairRequest = z.strictObject({ code: PairingCode, name: DeviceName.optional() });
const DeviceId = z.strictObject({ id: z.coerce.number().int().positive() });
const NewStaffMember = z.strictObject({ name: StaffMember.shape.name, role: StaffMember.shape.role, pin: StaffPin });
const PinChange = z.strictObject({ pin: StaffPin });
const RoleChange = z.strictObject({ role: StaffMember.shape.role });
/** The whole timing section, as in the config file: a setting left out goes back to its default. */
const TimingChange = KioskConfig.shape.timing;
const ServicesChange = KioskConfig.shape.services;

/** A paired board or console stays paired: browsers keep a cookie at most 400 days. */
const deviceCookieMaxAge = 400 * 24 * 60 * 60;

type ChangeProblem = ConfigProblem | StaffChangeProblem;

function invalidChange(c: Context, problems: ChangeProblem[]) {
  return c.json({ ok: false, error: 'invalid-change', problems } as const, 422);
}

/**
 * An admin's form that breaks the config's rules is an invalid change, its problems named by their
 * place in the config file (`timing.idleCountdownSeconds`) so the console words them as the status page does.
 */
function invalidChangeBody(section?: 'timing' | 'services') {
  return (error: z.core.$ZodError, c: Context) => {
    const issues = error.issues.map((issue) => ({ ...issue, path: section ? [section, ...issue.path] : issue.path }));
    return invalidChange(c, problemsFromZod(issues));
  };
}

/** Parses with the input kept, so a missing setting can be told from one of the wrong kind. */
const keepingInput = { reportInput: true };

type StaffRouteDeps = Pick<KioskDeps, 'db' | 'audit' | 'config' | 'configPaths' | 'seedProblems' | 'hub' | 'staffSessions' | 'pinCost' | 'log'>;

/** /api/staff: sign-in, pairing, the status page, kiosk commands and the admin's changes (issue #6). */
export function staffRoutes(deps: StaffRouteDeps) {
  const audit = audited(deps.audit, deps.log);
  const paired = requirePairedDevice(deps);
  const staff = requireStaff(deps);
  const admin = requireStaff(deps, { role: 'admin' });
  return new Hono()
    .post('/session', paired, validated('json', SignInRequest), async (c) => {
      const { pin, where } = c.req.valid('json');
      // The guard let the request in, so it comes from the kiosk or a paired device.
      const device = requestDevice(c, deps) ?? 'kiosk';
      const noticesBefore = openStaffNotices(deps.db).length;
      const result = await signIn(deps.db, audit, deps.config.current().config.staff, pin, device);
      // Issue #16.7: a wrong PIN that raised the hall-wide ceiling's notice reaches open consoles at once.
      if (!result.ok && openStaffNotices(deps.db).length > noticesBefore) deps.hub.publish({ type: 'notices' }, ['staff']);
      if (!result.ok && (result.error === 'locked' || result.error === 'hall-locked')) return c.json(result, 423);
      if (!result.ok) return c.json(result, 401);
      const previous = getCookie(c, staffCookie);
      if (previous) deps.staffSessions.end(previous);
      const session = deps.staffSessions.create(result.staff, where);
      setCookie(c, staffCookie, session.token, staffCookieOptions(c));
      audit(events.staffSignIn, { where, device }, result.staff.id);
      await upgradePinHash(deps, audit, result.member, pin);
      return c.json({ ok: true, staff: result.staff } as const, 200);
    })
    .delete('/session', paired, (c) => {
      const token = getCookie(c, staffCookie);
      const ended = token === undefined ? undefined : deps.staffSessions.end(token);
      if (ended) audit(events.staffSignOut, { where: ended.where }, ended.staff.id);
      const { path, secure } = staffCookieOptions(c);
      deleteCookie(c, staffCookie, { path, secure });
      return c.json({ ok: true } as const);
    })
    .get('/me', staff, (c) => {
      const { staff: who, where } = c.var.staffSession;
      return c.json({ ok: true, staff: who, where } as const);
    })
    .get('/status', staff, (c) =>
      c.json({
        config: {
          source: deps.config.current().source,
          requestedPath: deps.config.current().requestedPath,
          problems: deps.config.current().problems,
        },
        seedProblems: deps.seedProblems,
        notices: openStaffNotices(deps.db),
        staffConsolesOnline: deps.hub.connected('staff'),
      }),
    )
    // A device is paired in front of the kiosk: only staff signed in at the kiosk itself get a code.
    .get('/pairing-code', staff, (c) => {
      const session = c.var.staffSession;
      if (session.where !== 'kiosk' || !isLocalRequest(c)) return c.json({ ok: false, error: 'kiosk-session-required' } as const, 403);
      return c.json(issuePairingCode(deps.db, session.staff.id));
    })
    .post(
      '/pair',
      // A code that is not six digits is simply a wrong code; a name too long is the page's mistake.
      validated('json', PairRequest, (error, c) =>
        error.issues.some((issue) => issue.path[0] === 'name') ? invalidRequest(error, c) : c.json({ ok: false, error: 'wrong-code' } as const, 400),
      ),
      (c) => {
        const { code, name } = c.req.valid('json');
        const pairing = pairDeviceWithCode(deps.db, code, { name, address: remoteAddressOf(c) });
        if (!pairing.ok && pairing.error === 'code-expired') return c.json({ ok: false, error: pairing.error } as const, 410);
        if (!pairing.ok) return c.json({ ok: false, error: pairing.error } as const, 400);
        setCookie(c, deviceCookie, pairing.token, { ...staffCookieOptions(c), maxAge: deviceCookieMaxAge });
        audit(events.devicePaired, { deviceId: pairing.deviceId }, pairing.pairedBy);
        return c.json({ ok: true } as const);
      },
    )
    .post('/kiosk/reset', staff, (c) => {
      deps.hub.publish({ type: 'kiosk', command: 'reset' }, ['kiosk']);
      audit(events.sessionReset, {}, c.var.staffSession.staff.id);
      return c.json({ ok: true } as const);
    })
    .post('/kiosk/start-scanning', staff, (c) => {
      deps.hub.publish({ type: 'kiosk', command: 'start-scanning' }, ['kiosk']);
      return c.json({ ok: true } as const);
    })
    .get('/audit', admin, (c) => c.json({ rows: recentAudit(deps.db) }))
    .route('/admin', adminRoutes(deps, audit));
}

/**
 * /api/staff/admin: an admin's changes to staff, services and timing. Each is written to the hall's
 * config file (checked as at start-up, written atomically), replaces the held config (deps.config), is audited
 * (never with a PIN or its hash) and tells every page to fetch its settings again.
 */
function adminRoutes(deps: Omit<StaffRouteDeps, 'seedProblems'>, audit: RecordAudit) {
  const admin = requireStaff(deps, { role: 'admin' });
  const config = () => deps.config.current().config;
  // On a fallback config the hall's own file is broken: writing would overwrite it with the fallback.
  const fileInUse = createMiddleware(async (c, next) => {
    if (deps.config.current().source !== 'file') return c.json({ ok: false, error: 'config-not-from-file' } as const, 409);
    await next();
  });

  type Saved = { ok: true } | { ok: false; problems: ConfigProblem[] };
  function save(c: Context<{ Variables: StaffVariables }>, patch: ConfigPatch, change: LogFields): Saved {
    const written = writeConfigChange(deps.configPaths, catalogServices(deps.db), patch);
    if (!written.ok) return written;
    deps.config.replace({ config: written.config, source: 'file', problems: [], requestedPath: deps.configPaths.requested });
    audit(events.configChanged, change, c.var.staffSession.staff.id);
    deps.hub.publish({ type: 'config' });
    return { ok: true };
  }

  return new Hono()
    // Issue #16.8: the paired devices an admin may revoke, with when each was last seen and from where.
    .get('/devices', admin, (c) => c.json({ devices: listPairedDevices(deps.db, { idleLimitMs: pairedDeviceIdleMs(deps) }) }))
    // POST, not DELETE: a revoke carries no body, and the route is an action on the device.
    .post('/devices/:id/revoke', admin, validated('param', DeviceId), (c) => {
      const { id } = c.req.valid('param');
      const revoked = revokePairedDevice(deps.db, id, c.var.staffSession.staff.id);
      if (!revoked.ok) return c.json(revoked, 404);
      audit(events.deviceRevoked, { deviceId: id }, c.var.staffSession.staff.id);
      return c.json({ ok: true } as const);
    })
    .get('/', admin, (c) => {
      const { staff, services, timing } = config();
      return c.json({
        staff: staff.map(({ id, name, role }) => ({ id, name, role })),
        services: {
          available: catalogServices(deps.db).map((seed) => ({ id: seed.id, name: { 'zh-CN': seed.name['zh-CN'], en: seed.name.en } })),
          enabled: services.enabled,
        },
        timing,
      });
    })
    .post('/staff', admin, fileInUse, validated('json', NewStaffMember, invalidChangeBody(), keepingInput), async (c) => {
      const { name, role, pin } = c.req.valid('json');
      // A PIN says who signs in, so no two members may share one.
      if (await findStaffByPin(config().staff, pin)) return invalidChange(c, [{ kind: 'pinInUse', path: 'pin' }]);
      const pinHash = await hashPin(pin, deps.pinCost);
      const added = withStaffAdded(config().staff, { name, role, pinHash });
      const saved = save(c, { staff: added.staff }, { change: 'staff-added', staffId: added.id, role });
      if (!saved.ok) return invalidChange(c, saved.problems);
      return c.json({ ok: true, id: added.id } as const, 201);
    })
    .delete('/staff/:id', admin, fileInUse, (c) => {
      const id = c.req.param('id');
      const removed = withStaffRemoved(config().staff, id);
      if (!removed.ok && removed.error === 'unknown-staff') return c.json(removed, 404);
      if (!removed.ok) return invalidChange(c, removed.problems);
      const saved = save(c, { staff: removed.staff }, { change: 'staff-removed', staffId: id });
      if (!saved.ok) return invalidChange(c, saved.problems);
      deps.staffSessions.endAllFor(id);
      return c.json({ ok: true } as const);
    })
    .post('/staff/:id/pin', admin, fileInUse, validated('json', PinChange, invalidChangeBody(), keepingInput), async (c) => {
      const id = c.req.param('id');
      const { pin } = c.req.valid('json');
      // Hashing a PIN takes a good part of a second on a hall's machine: an unknown member is refused first.
      if (!config().staff.some((each) => each.id === id)) return c.json({ ok: false, error: 'unknown-staff' } as const, 404);
      const others = config().staff.filter((each) => each.id !== id);
      if (await findStaffByPin(others, pin)) return invalidChange(c, [{ kind: 'pinInUse', path: 'pin' }]);
      const pinHash = await hashPin(pin, deps.pinCost);
      const changed = withPin(config().staff, id, pinHash);
      if (!changed.ok && changed.error === 'unknown-staff') return c.json(changed, 404);
      if (!changed.ok) return invalidChange(c, changed.problems);
      const saved = save(c, { staff: changed.staff }, { change: 'staff-pin-reset', staffId: id });
      if (!saved.ok) return invalidChange(c, saved.problems);
      // A PIN is reset when it may be known to someone else: whoever signed in with it is signed out.
      deps.staffSessions.endAllFor(id);
      return c.json({ ok: true } as const);
    })
    .post('/staff/:id/role', admin, fileInUse, validated('json', RoleChange, invalidChangeBody(), keepingInput), (c) => {
      const id = c.req.param('id');
      const { role } = c.req.valid('json');
      const changed = withRole(config().staff, id, role);
      if (!changed.ok && changed.error === 'unknown-staff') return c.json(changed, 404);
      if (!changed.ok) return invalidChange(c, changed.problems);
      const saved = save(c, { staff: changed.staff }, { change: 'staff-role', staffId: id, role });
      if (!saved.ok) return invalidChange(c, saved.problems);
      // Sessions carry the role they signed in with.
      deps.staffSessions.endAllFor(id);
      return c.json({ ok: true } as const);
    })
    .put('/services', admin, fileInUse, validated('json', ServicesChange, invalidChangeBody('services'), keepingInput), (c) => {
      const services = c.req.valid('json');
      const before = new Set(config().services.enabled);
      const after = new Set(services.enabled);
      const saved = save(c, { services }, {
        change: 'services',
        switchedOn: services.enabled.filter((id) => !before.has(id)),
        switchedOff: [...before].filter((id) => !after.has(id)),
      });
      if (!saved.ok) return invalidChange(c, saved.problems);
      return c.json({ ok: true } as const);
    })
    .put('/timing', admin, fileInUse, validated('json', TimingChange, invalidChangeBody('timing'), keepingInput), (c) => {
      const timing = c.req.valid('json');
      const before = config().timing;
      const changed = Object.fromEntries(
        Object.entries(timing)
          .filter(([key, value]) => before[key as keyof typeof before] !== value)
          .map(([key, value]) => [key, { from: before[key as keyof typeof before], to: value }]),
      );
      const saved = save(c, { timing }, { change: 'timing', changed });
      if (!saved.ok) return invalidChange(c, saved.problems);
      return c.json({ ok: true } as const);
    });
}
