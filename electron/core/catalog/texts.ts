import type { ServiceForm } from './form.ts';
import type { SeedText } from './seed-text.ts';

/**
 * The seed text helpers the renderer shares. Kept apart from seed.ts so the renderer does not
 * bundle zod (whose code-generation probe trips the kiosk's strict CSP).
 */
export const localeIds = ['zh-CN', 'en'] as const;
export type LocaleId = (typeof localeIds)[number];

/**
 * The parts of a seed (seed.ts's ServiceSeed) that carry text. Written out here because seed.ts's own
 * check of its text ids calls seedTexts: importing ServiceSeed back would make an import cycle.
 */
interface SeedWithTexts {
  name: SeedText;
  summary: SeedText;
  description: SeedText;
  whoQualifies: readonly SeedText[];
  whatToBring: readonly SeedText[];
  source: readonly { title: SeedText; issuer: SeedText; whereToFind: SeedText }[];
  form?: ServiceForm;
}

/** Every text in a seed, in reading order. */
export function seedTexts(seed: SeedWithTexts): SeedText[] {
  return [
    seed.name,
    seed.summary,
    seed.description,
    ...seed.whoQualifies,
    ...seed.whatToBring,
    ...seed.source.flatMap((source) => [source.title, source.issuer, source.whereToFind]),
    ...(seed.form ? formTexts(seed.form) : []),
  ];
}

function formTexts(form: ServiceForm): SeedText[] {
  return [
    ...form.questions.flatMap((question) => [
      question.question,
      ...(question.hint ? [question.hint] : []),
      ...(question.type === 'choice' ? question.choices.map((choice) => choice.label) : []),
      ...(question.type === 'consent' ? [question.statement] : []),
      ...(question.type === 'number' && question.unit ? [question.unit] : []),
    ]),
    ...form.eligibility.map((rule) => rule.message),
    ...form.nextSteps,
    form.contact,
  ];
}

/** `{{name}}` placeholders a text uses; each must be a county figure in kiosk-config. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([a-zA-Z0-9]+)\s*\}\}/g)].map((match) => match[1] ?? '');
}
