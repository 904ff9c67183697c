import type { ServiceSeed } from './seed.ts';
import type { SeedText } from './seed-text.ts';

/**
 * The seed text helpers the renderer shares. Kept apart from seed.ts so the renderer does not
 * bundle zod (whose code-generation probe trips the kiosk's strict CSP).
 */
export const localeIds = ['zh-CN', 'en'] as const;
export type LocaleId = (typeof localeIds)[number];

/** Every text in a seed, in reading order. */
export function seedTexts(seed: ServiceSeed): SeedText[] {
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

function formTexts(form: NonNullable<ServiceSeed['form']>): SeedText[] {
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
