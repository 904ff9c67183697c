import { Hono } from 'hono';
import { z } from 'zod';
import { countyAppealsKey, submitSealedAppeal } from '../core/appeals/index.ts';
import { audited } from '../core/audit/audit-log.ts';
import { applicationReceipt } from '../core/applications/receipt.ts';
import { saveWithBooking, slotText, wantedSlot } from '../core/appointments/index.ts';
import { submitApplication } from '../core/applications/submit.ts';
import { listCatalog } from '../core/catalog/catalog.ts';
import { LocaleId } from '../core/catalog/seed.ts';
import { fillCountyFigures } from '../core/speech/index.ts';
import { markProxyFiling } from '../core/staff/proxy-filing.ts';
import { events } from '../events.ts';
import type { Logger } from '../log.ts';
import { createKioskI18n } from '../../renderer/i18n/create.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import { findStaffSession, refuseStaff } from './staff-guard.ts';
import { validated } from './validated.ts';

const ApplicationRequest = z.strictObject({
  serviceId: z.string().regex(/^[a-z0-9-]+$/),
  locale: LocaleId,
  /** Checked question by question against the service's form. */
  answers: z.record(z.string(), z.unknown()),
  /** Staff filing for a resident who agreed to it (issue #6): only with a staff session. */
  proxy: z.strictObject({ consent: z.literal(true) }).optional(),
});

/**
 * POST /api/applications: a resident's application. Saved (with its outbox row) before anything else,
 * then the receipt is printed; a printer problem never loses the request. A proxy filing records who
 * filed it and the resident's consent in the same transaction, and is audited.
 */
export function applicationRoutes(deps: Pick<KioskDeps, 'db' | 'audit' | 'config' | 'dataKey' | 'printer' | 'staffSessions' | 'sync' | 'hub'>, log: Logger) {
  const i18n = createKioskI18n();
  const audit = audited(deps.audit, log);
  return new Hono().post(
    '/',
    validated('json', ApplicationRequest),
    async (c) => {
      const { serviceId, locale, answers, proxy } = c.req.valid('json');
      // An admin may change the config while the kiosk runs: read it per request.
      const { config } = deps.config.current();
      const filer = proxy ? findStaffSession(c, deps) : undefined;
      if (filer && !filer.ok) return refuseStaff(c, filer.error);
      const seed = listCatalog(deps.db, config.services.enabled).find((each) => each.id === serviceId);
      if (!seed) return c.json({ ok: false, error: 'unknown-service' } as const, 404);
      // Without the key no personal data can be kept safely: the resident is sent to the counter.
      const { dataKey } = deps;
      if (!dataKey.ok) return c.json({ ok: false, error: 'key-unavailable' } as const, 503);
      // Appeals may concern hall staff: sealed for the county alone, never filed by staff, and without
      // the county's key not taken at all (the kiosk points to the hotline instead).
      const countyKey = seed.sealed ? countyAppealsKey(config.appeals) : undefined;
      if (seed.sealed && !countyKey) return c.json({ ok: false, error: 'appeals-closed' } as const, 409);
      if (seed.sealed && proxy) return c.json({ ok: false, error: 'sealed-no-proxy' } as const, 403);
      // An appointment's half-day is booked with the request, in its transaction (issue #7).
      const slot = wantedSlot(seed.form, answers);
      const result = saveWithBooking(deps.db, config.appointments, { serviceId, slot }, () => {
        // Issue #16.10: checked once, in submit, with the hall's own lists.
        const hall = { banks: config.banks.map((bank) => bank['zh-CN']) };
        const now = new Date();
        const submitted = countyKey ? submitSealedAppeal(deps.db, countyKey, seed, answers, now, hall) : submitApplication(deps.db, dataKey.key, seed, answers, now, hall);
        if (submitted.ok && filer?.ok) {
          const staffId = filer.session.staff.id;
          markProxyFiling(deps.db, submitted.reference, staffId);
          audit(events.proxyFiling, { reference: submitted.reference, serviceId, consent: true }, staffId);
        }
        return submitted;
      });
      // Someone else took the last place meanwhile: nothing was saved, and the kiosk keeps the draft.
      if (!result.ok && result.error === 'slot-taken') return c.json(result, 409);
      if (!result.ok) return c.json(result, 422);
      // Saved: the county gets it now rather than at the worker's next round.
      deps.sync.wake();
      deps.hub.publish({ type: 'worklist' }, ['staff']);

      // The config check guarantees every figure a seed uses; an unfilled one would show as written.
      const fill = (text: string) => fillCountyFigures(text, config.countyFigures) ?? text;
      const receipt = applicationReceipt({
        seed,
        reference: result.reference,
        createdAt: result.createdAt,
        locale,
        hallName: config.hall.name[locale],
        dutyPhone: config.hall.dutyPhone,
        fill,
        t: i18n.t.bind(i18n),
        appointment: slot && slotText(i18n.t.bind(i18n), slot, locale),
      });
      const printed = await deps.printer.print(receipt);
      if (!printed.ok) log(events.printerError, { reference: result.reference, error: printed.error, detail: printed.detail });
      // Issue #8: the resident hears that the request is kept and goes to the county once the line is back.
      const county = deps.sync.online();
      const countyOffline = county.enabled && !county.online;
      return c.json({ ok: true, reference: result.reference, createdAt: result.createdAt, printed: printed.ok, countyOffline } as const, 201);
    },
  );
}
