import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { audited } from '../core/audit/audit-log.ts';
import { validateReference } from '../core/applications/reference.ts';
import { departments, LocaleId } from '../core/catalog/seed.ts';
import { fillCountyFigures } from '../core/speech/index.ts';
import { applicationFormHtml } from '../core/worklist/application-form.ts';
import { applicationFormStyle } from '../core/worklist/application-form-style.ts';
import { changeWorkState } from '../core/worklist/change-state.ts';
import { loadWorkDetail } from '../core/worklist/work-detail.ts';
import { listWorklist, storedSeeds } from '../core/worklist/worklist.ts';
import type { WorkItem } from '../core/worklist/worklist.ts';
import { events } from '../events.ts';
import { createKioskI18n } from '../../renderer/i18n/create.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import { requireStaff } from './staff-guard.ts';
import { validated } from './validated.ts';

export type WorklistRouteDeps = Pick<KioskDeps, 'db' | 'audit' | 'config' | 'dataKey' | 'formPrinter' | 'staffSessions' | 'hub' | 'log'>;

const flag = z.enum(['true', 'false']).optional().transform((value) => value === 'true');
const ListQuery = z.strictObject({ today: flag, waiting: flag, department: z.enum(departments).optional() });
const LanguageQuery = z.strictObject({ lang: LocaleId.optional() });
const locale = LocaleId.optional();
/** Lengths here only keep junk out; the rules for a 流水号 and a reason are the transitions' (worklist/transitions.ts). */
const StateChange = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('take'), locale }),
  z.strictObject({ action: z.literal('enter'), serial: z.string().max(200), locale }),
  z.strictObject({ action: z.literal('finish'), locale }),
  z.strictObject({ action: z.literal('return'), reason: z.string().max(2000), locale }),
]);
const PrintRequest = z.strictObject({ locale });

/**
 * /api/worklist (issue #7): the hall's requests as staff work. Lists show masked data only; a request's
 * detail and its printed A4 form show the full data, to signed-in staff, and every opening, state change
 * and print is audited with who did it. Consoles hear of changes through the `worklist` live event.
 */
export function worklistRoutes(deps: WorklistRouteDeps) {
  const i18n = createKioskI18n();
  const t = i18n.t.bind(i18n);
  const audit = audited(deps.audit, deps.log);
  const config = () => deps.config.current().config;
  const fill = (text: string) => fillCountyFigures(text, config().countyFigures) ?? text;
  const language = (asked: LocaleId | undefined): LocaleId => asked ?? config().languages.default;
  // Staff are named as the hall's list names them today; someone since removed keeps their id.
  const staffName = (id: string | null) => (id === null ? null : (config().staff.find((member) => member.id === id)?.name ?? id));
  const named = (item: WorkItem): WorkItem => ({ ...item, handledBy: staffName(item.handledBy) });

  const detailFor = (reference: string, lang: LocaleId) => {
    const { dataKey } = deps;
    if (!dataKey.ok) return { ok: false, error: 'key-unavailable' } as const;
    return loadWorkDetail({ db: deps.db, key: dataKey.key, seeds: storedSeeds(deps.db), locale: lang, t, fill }, reference);
  };
  const refusal = (c: Context, error: 'key-unavailable' | 'unknown-request' | 'unknown-service') =>
    c.json({ ok: false, error } as const, error === 'key-unavailable' ? 503 : error === 'unknown-request' ? 404 : 409);
  const formName = (lang: LocaleId) => config().hall.name[lang];

  return (
    new Hono()
      // No personal data: the form's look, a file because the console's CSP allows no inline style.
      .get('/form.css', (c) => c.body(applicationFormStyle, 200, { 'Content-Type': 'text/css; charset=utf-8' }))
      .get('/', requireStaff(deps), validated('query', ListQuery), (c) => {
        const filter = c.req.valid('query');
        return c.json({ ok: true, requests: listWorklist(deps.db, deps.dataKey.ok ? deps.dataKey.key : undefined, storedSeeds(deps.db), filter).map(named) } as const);
      })
      .get('/:reference', requireStaff(deps), validated('query', LanguageQuery), (c) => {
        const reference = validateReference(c.req.param('reference'));
        if (!reference.ok) return c.json({ ok: false, error: 'invalid-reference' } as const, 400);
        const loaded = detailFor(reference.reference, language(c.req.valid('query').lang));
        if (!loaded.ok) return refusal(c, loaded.error);
        audit(events.worklistDetailOpened, { reference: reference.reference }, c.var.staffSession.staff.id);
        const { item, fields, filedBy } = loaded.detail;
        return c.json({ ok: true, request: named(item), fields, filedBy: staffName(filedBy) } as const);
      })
      .post('/:reference/state', requireStaff(deps), validated('json', StateChange), (c) => {
        const reference = validateReference(c.req.param('reference'));
        if (!reference.ok) return c.json({ ok: false, error: 'invalid-reference' } as const, 400);
        const work = c.req.valid('json');
        const staffId = c.var.staffSession.staff.id;
        const changed = changeWorkState(deps.db, deps.dataKey.ok ? deps.dataKey.key : undefined, reference.reference, work, staffId);
        if (!changed.ok) {
          if (changed.error === 'unknown-request') return c.json({ ok: false, error: changed.error } as const, 404);
          if (changed.error === 'key-unavailable') return refusal(c, changed.error);
          const lng = language(work.locale);
          const message = t(`worklist.errors.${changed.error}`, { lng, status: t(`worklist.status.${changed.from}`, { lng }) });
          return c.json({ ok: false, error: changed.error, status: changed.from, message } as const, changed.error === 'not-allowed' ? 409 : 422);
        }
        audit(events.worklistStateChanged, { reference: reference.reference, from: changed.from, to: changed.to }, staffId);
        deps.hub.publish({ type: 'worklist' }, ['staff']);
        return c.json({ ok: true, status: changed.to } as const);
      })
      .get('/:reference/form', requireStaff(deps), validated('query', LanguageQuery), (c) => {
        const reference = validateReference(c.req.param('reference'));
        if (!reference.ok) return c.json({ ok: false, error: 'invalid-reference' } as const, 400);
        const lang = language(c.req.valid('query').lang);
        const loaded = detailFor(reference.reference, lang);
        if (!loaded.ok) return refusal(c, loaded.error);
        audit(events.worklistFormOpened, { reference: reference.reference }, c.var.staffSession.staff.id);
        const html = applicationFormHtml({ detail: loaded.detail, hallName: formName(lang), locale: lang, t, printedAt: new Date(), style: { href: '/api/worklist/form.css' } });
        // The full data: no cache may keep a copy.
        return c.html(html, 200, { 'Cache-Control': 'no-store' });
      })
      .post('/:reference/print', requireStaff(deps), validated('json', PrintRequest), async (c) => {
        const reference = validateReference(c.req.param('reference'));
        if (!reference.ok) return c.json({ ok: false, error: 'invalid-reference' } as const, 400);
        const lang = language(c.req.valid('json').locale);
        const loaded = detailFor(reference.reference, lang);
        if (!loaded.ok) return refusal(c, loaded.error);
        const html = applicationFormHtml({ detail: loaded.detail, hallName: formName(lang), locale: lang, t, printedAt: new Date(), style: { inline: true } });
        const printed = await deps.formPrinter.print({ html, name: reference.reference });
        const staffId = c.var.staffSession.staff.id;
        if (!printed.ok) {
          audit(events.worklistFormNotPrinted, { reference: reference.reference, error: printed.error, detail: printed.detail }, staffId);
          return c.json({ ok: false, error: printed.error, message: t(`worklist.print.${printed.error}`, { lng: lang }) } as const, 502);
        }
        audit(events.worklistFormPrinted, { reference: reference.reference }, staffId);
        return c.json({ ok: true, savedAs: printed.savedAs ?? null } as const);
      })
  );
}
