import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import { applicationReceipt } from '../core/applications/receipt.ts';
import { submitApplication } from '../core/applications/submit.ts';
import { listCatalog } from '../core/catalog/catalog.ts';
import { LocaleId } from '../core/catalog/seed.ts';
import { fillCountyFigures } from '../core/speech/index.ts';
import { events } from '../events.ts';
import type { Logger } from '../log.ts';
import { createKioskI18n } from '../../renderer/i18n/create.ts';
import type { KioskDeps } from './app.ts';

const ApplicationRequest = z.strictObject({
  serviceId: z.string().regex(/^[a-z0-9-]+$/),
  locale: LocaleId,
  /** Checked question by question against the service's form. */
  answers: z.record(z.string(), z.unknown()),
});

/**
 * POST /api/applications: a resident's application. Saved (with its outbox row) before anything else,
 * then the receipt is printed; a printer problem never loses the request.
 */
export function applicationRoutes(deps: Pick<KioskDeps, 'db' | 'loadedConfig' | 'dataKey' | 'printer'>, log: Logger) {
  const { config } = deps.loadedConfig;
  const i18n = createKioskI18n();
  return new Hono().post(
    '/',
    zValidator('json', ApplicationRequest, (result, c) => {
      if (!result.success) return c.json({ ok: false, error: 'invalid-request', message: z.prettifyError(result.error) } as const, 400);
    }),
    async (c) => {
      const { serviceId, locale, answers } = c.req.valid('json');
      const seed = listCatalog(deps.db, config.services.enabled).find((each) => each.id === serviceId);
      if (!seed) return c.json({ ok: false, error: 'unknown-service' } as const, 404);
      // Without the key no personal data can be kept safely: the resident is sent to the counter.
      if (!deps.dataKey.ok) return c.json({ ok: false, error: 'key-unavailable' } as const, 503);
      const result = submitApplication(deps.db, deps.dataKey.key, seed, answers);
      if (!result.ok) return c.json(result, 422);

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
      });
      const printed = await deps.printer.print(receipt);
      if (!printed.ok) log(events.printerError, { reference: result.reference, error: printed.error, detail: printed.detail });
      return c.json({ ok: true, reference: result.reference, createdAt: result.createdAt, printed: printed.ok } as const, 201);
    },
  );
}
