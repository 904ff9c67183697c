import { z } from 'zod';
import { SeedText } from './seed-text.ts';

/**
 * A service's guided form (accessibility.md, Forms, after GOV.UK): one question per page, with
 * conditions that skip pages, then check answers, then submit. Data, validated here; the renderer
 * draws each question type with the kiosk's keypads and tiles.
 */
const answerId = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a camelCase answer id such as applicantRelation');
const choiceValue = z.string().regex(/^[a-z0-9-]+$/);

/** Show a page only when an earlier answer has one of these values. */
export const ShowWhen = z.strictObject({ answer: answerId, isOneOf: z.array(z.union([choiceValue, z.boolean()])).min(1) });

const questionCommon = {
  id: answerId,
  /** The question, which is also the page heading and the start of its spoken prompt. */
  question: SeedText,
  hint: SeedText.optional(),
  optional: z.boolean().default(false),
  showWhen: ShowWhen.optional(),
};

export const Choice = z.strictObject({ value: choiceValue, label: SeedText });

export const Question = z.discriminatedUnion('type', [
  /** GB 11643; date of birth, age and sex are derived from it and never asked. Personal. */
  z.strictObject({ ...questionCommon, type: z.literal('id-number') }),
  /** A person's name, on the pinyin keyboard. Personal. */
  z.strictObject({ ...questionCommon, type: z.literal('name') }),
  /** An 11-digit mainland mobile number. Personal. */
  z.strictObject({ ...questionCommon, type: z.literal('mobile') }),
  /** One answer from big tiles (toggle buttons, never radios). */
  z.strictObject({ ...questionCommon, type: z.literal('choice'), choices: z.array(Choice).min(2).max(12) }),
  z.strictObject({ ...questionCommon, type: z.literal('yes-no') }),
  /** A date on the big keypad, never a tiny calendar. */
  z.strictObject({ ...questionCommon, type: z.literal('date'), range: z.enum(['past', 'future', 'any']) }),
  z.strictObject({ ...questionCommon, type: z.literal('number'), min: z.number(), max: z.number(), unit: SeedText.optional() }),
  /** Free text on the pinyin keyboard. `personal` for anything about the resident (address, an appeal). */
  z.strictObject({ ...questionCommon, type: z.literal('short-text'), maxLength: z.int().min(1).max(500), personal: z.boolean() }),
  /** A statement the resident agrees to; the answer is recorded with the time. */
  z.strictObject({ ...questionCommon, type: z.literal('consent'), statement: SeedText }),
  /** A 社保卡 or bank account for payments; the bank comes from the hall's list. Masked and encrypted. */
  z.strictObject({ ...questionCommon, type: z.literal('payment-account') }),
  /** A half-day to come in (or be visited), from the hall's places (kiosk-config appointments); booked on submit. */
  z.strictObject({ ...questionCommon, type: z.literal('slot') }),
]);
export type Question = z.infer<typeof Question>;

/** Question types whose answers are personal data: encrypted at rest, masked on screen, never on the loudspeaker. */
export const personalQuestionTypes: ReadonlySet<Question['type']> = new Set(['id-number', 'name', 'mobile', 'payment-account']);

export function isPersonal(question: Question): boolean {
  return personalQuestionTypes.has(question.type) || (question.type === 'short-text' && question.personal);
}

/**
 * What the kiosk can check itself. Rules never block: a resident who may not qualify is told kindly
 * and offered "ask staff anyway".
 */
export const EligibilityRule = z.strictObject({
  kind: z.literal('minimum-age'),
  /** The county figure holding the age (kiosk-config countyFigures), never a number in code. */
  figure: z.string().regex(/^[a-zA-Z0-9]+$/),
  /** Said when the age from the ID number is below it. */
  message: SeedText,
});

export const ServiceForm = z
  .strictObject({
    questions: z.array(Question).min(1),
    eligibility: z.array(EligibilityRule).default([]),
    /** What happens after submitting, and by when (the confirmation page and receipt). */
    nextSteps: z.array(SeedText).min(1),
    /** Whom to contact. */
    contact: SeedText,
  })
  .superRefine((form, ctx) => {
    const seen = new Set<string>();
    for (const [index, question] of form.questions.entries()) {
      if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `answer id ${question.id} is used twice` });
      if (question.showWhen && !seen.has(question.showWhen.answer)) {
        ctx.addIssue({ code: 'custom', path: ['questions', index, 'showWhen'], message: `showWhen must name an earlier question, not ${question.showWhen.answer}` });
      }
      seen.add(question.id);
    }
  });
export type ServiceForm = z.infer<typeof ServiceForm>;
