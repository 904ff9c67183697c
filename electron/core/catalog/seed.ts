import { z } from 'zod';
import { ServiceForm } from './form.ts';
import { departments } from './departments.ts';
import { kioskIcons } from './icons.ts';
import { SeedText } from './seed-text.ts';
import { localeIds, seedTexts } from './texts.ts';
import { WorklistLayout, worklistLayoutProblems } from './worklist-layout.ts';

/** The kiosk's languages. zh-CN is the default everywhere. */
export const LocaleId = z.enum(localeIds);
export type LocaleId = z.infer<typeof LocaleId>;


export { departments } from './departments.ts';

/** 'enquiry' is the progress enquiry (issue #7): it opens straight into its own screens, like the queue. */
export const serviceKinds = ['queue', 'application', 'appointment', 'appeal', 'information', 'enquiry'] as const;

export const SeedSource = z.strictObject({
  /** The policy document's title, as published. */
  title: SeedText,
  /** Its document number (文号), such as 国发〔2015〕52号; empty when it has none. */
  documentNumber: z.string(),
  /** Who issued it. */
  issuer: SeedText,
  /** Where a reader can find the text. */
  whereToFind: SeedText,
});

export const ServiceSeed = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Bumped whenever the content changes; the store keeps the highest version it has seen. */
    version: z.int().positive(),
    /** Position on the home screen, lowest first. */
    order: z.int().nonnegative(),
    kind: z.enum(serviceKinds),
    icon: z.enum(kioskIcons),
    department: z.enum(departments),
    name: SeedText,
    /** One line under the name on the home tile. */
    summary: SeedText,
    /** What the service is, in plain words. */
    description: SeedText,
    whoQualifies: z.array(SeedText).min(1),
    whatToBring: z.array(SeedText).min(1),
    source: z.array(SeedSource).min(1),
    effectiveDate: z.iso.date(),
    /** A county's sign-off, such as "XX县民政局 2026-03-01". Empty for demo content (示例). */
    reviewedBy: z.string(),
    /** The guided form, for services residents can apply for at the kiosk. */
    form: ServiceForm.optional(),
    /** How staff see a request on the worklist and the printed form (issue #7); only with a form. */
    worklist: WorklistLayout.optional(),
    /** Appeals (issue #7): the answers are sealed for the county, and hall staff never see them. */
    sealed: z.literal(true).optional(),
    /** Its bookings are visits to residents' homes (product.md, 上门服务): the console lists them with the address. */
    homeVisits: z.literal(true).optional(),
  })
  .superRefine((seed, ctx) => {
    if (seed.sealed && (seed.kind !== 'appeal' || !seed.form)) {
      ctx.addIssue({ code: 'custom', path: ['sealed'], message: 'only an appeal with a form can be sealed' });
    }
    if (seed.homeVisits && (seed.kind !== 'appointment' || !seed.form)) {
      ctx.addIssue({ code: 'custom', path: ['homeVisits'], message: 'only an appointment with a form can book home visits' });
    }
    const prefix = `service.${seed.id}.`;
    const seen = new Set<string>();
    for (const text of seedTexts(seed)) {
      if (!text.id.startsWith(prefix)) {
        ctx.addIssue({ code: 'custom', message: `text id ${text.id} must start with ${prefix}` });
      }
      if (seen.has(text.id)) {
        ctx.addIssue({ code: 'custom', message: `text id ${text.id} is used twice` });
      }
      seen.add(text.id);
    }
    if (seed.worklist) {
      const answerIds = seed.form?.questions.map((question) => question.id) ?? [];
      if (!seed.form) ctx.addIssue({ code: 'custom', path: ['worklist'], message: 'a worklist layout needs a form' });
      for (const message of worklistLayoutProblems(seed.worklist, answerIds)) ctx.addIssue({ code: 'custom', path: ['worklist', 'fieldOrder'], message });
    }
  });
export type ServiceSeed = z.infer<typeof ServiceSeed>;
