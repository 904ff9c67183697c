import type { TFunction } from 'i18next';
import type { Question } from '../catalog/form.ts';
import type { ServiceSeed } from '../catalog/seed.ts';
import type { LocaleId } from '../catalog/texts.ts';
import type { AnswerValue, PaymentAccount } from '../applications/answers.ts';
import { parseSlotAnswer } from '../appointments/slot-answer.ts';
import { slotText } from '../appointments/slot-text.ts';
import { ageOn, validateResidentId } from '../identity/resident-id.ts';
import type { OpenedAnswers } from './open-answers.ts';

/** One line of a request as staff type it into the department's system. */
export interface WorkField {
  id: string;
  label: string;
  value: string;
}

export interface WorkFieldsInput {
  seed: ServiceSeed;
  opened: OpenedAnswers;
  /** The request's time: the age is the age on the day of applying. */
  createdAt: string;
  locale: LocaleId;
  t: TFunction;
  /** Seed texts are filled with the county's figures. */
  fill: (text: string) => string;
}

function answerText(question: Question | undefined, value: AnswerValue, { locale, t, fill }: WorkFieldsInput): string {
  const lng = { lng: locale };
  switch (question?.type) {
    case 'choice':
      return fill(question.choices.find((choice) => choice.value === value)?.label[locale] ?? String(value));
    case 'yes-no':
      return t(value === true ? 'form.yes' : 'form.no', lng);
    case 'consent':
      return t('form.agreed', lng);
    case 'number':
      return question.unit ? `${String(value)} ${fill(question.unit[locale])}` : String(value);
    case 'payment-account': {
      const account = value as PaymentAccount;
      return `${t(`form.accountKinds.${account.kind}`, lng)} ${account.bank} ${account.account}`;
    }
    case 'slot': {
      const slot = parseSlotAnswer(value);
      return slot ? slotText(t, slot, locale) : String(value);
    }
    default:
      return String(value);
  }
}

/** Birth date, age and sex, from the ID number as GB 11643 writes them; none when it has none. */
function identityFacts(idNumber: AnswerValue | undefined, createdAt: string, { locale, t }: WorkFieldsInput): Record<string, string> {
  if (typeof idNumber !== 'string') return {};
  const check = validateResidentId(idNumber, new Date(createdAt));
  if (!check.ok) return {};
  const lng = { lng: locale };
  return {
    birthDate: check.facts.birthDate,
    age: t('worklist.ageYears', { ...lng, count: ageOn(check.facts.birthDate, new Date(createdAt)) }),
    sex: t(`worklist.sex.${check.facts.sex}`, lng),
  };
}

/**
 * A request's answers, worded and in the order the department system asks for them (the seed's
 * `worklist.fieldOrder`), then whatever that order leaves out in the form's order, so nothing stored is
 * hidden. Only answers the request holds appear; an answer that would not open says so.
 */
export function workFields(input: WorkFieldsInput): WorkField[] {
  const { seed, opened, createdAt, locale, t, fill } = input;
  const questions = seed.form?.questions ?? [];
  const idQuestion = questions.find((question) => question.type === 'id-number');
  const values = new Map<string, string>();
  for (const question of questions) {
    const value = opened.answers[question.id];
    if (value !== undefined) values.set(question.id, answerText(question, value, input));
    if (question === idQuestion) for (const [id, fact] of Object.entries(identityFacts(value, createdAt, input))) values.set(id, fact);
  }
  for (const [id, value] of Object.entries(opened.answers)) if (!values.has(id)) values.set(id, answerText(undefined, value, input));
  for (const id of opened.unreadable) values.set(id, t('worklist.unreadable', { lng: locale }));

  const order = [...(seed.worklist?.fieldOrder ?? []), ...values.keys()];
  const label = (id: string) => {
    const question = questions.find((each) => each.id === id);
    return t(`worklist.field.${id}`, { lng: locale, defaultValue: question ? fill(question.question[locale]) : id });
  };
  return [...new Set(order)].filter((id) => values.has(id)).map((id) => ({ id, label: label(id), value: values.get(id) ?? '' }));
}
