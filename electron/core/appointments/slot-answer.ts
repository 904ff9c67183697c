import type { ServiceForm } from '../catalog/form.ts';
import type { HalfDay } from './appointment-config.ts';
import type { Slot } from './slots.ts';

/**
 * A slot question's answer as the form carries it: one string, "2026-12-01/morning", so a draft,
 * the request's answers and the county's copy keep it as plain text.
 */
const slotPattern = /^(\d{4}-\d{2}-\d{2})\/(morning|afternoon)$/;

export function slotAnswer(slot: Slot): string {
  return `${slot.date}/${slot.halfDay}`;
}

/** The slot an answer names, or undefined when it is not one (or not a real date). */
export function parseSlotAnswer(value: unknown): Slot | undefined {
  if (typeof value !== 'string') return undefined;
  const match = slotPattern.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  const date = match[1];
  if (Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) return undefined;
  return { date, halfDay: match[2] as HalfDay };
}

/** The half-day a form's answers ask for: the answer to its slot question, if it has one. */
export function wantedSlot(form: ServiceForm | undefined, answers: Readonly<Record<string, unknown>>): Slot | undefined {
  const question = form?.questions.find((each) => each.type === 'slot');
  return question && parseSlotAnswer(answers[question.id]);
}
