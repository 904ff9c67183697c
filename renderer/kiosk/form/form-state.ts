import type { Question, ServiceForm } from '../../../electron/core/catalog/form.ts';
import { isAsked } from '../../../electron/core/applications/answers.ts';

/** A resident's answers so far. They live only in memory, in this session (product.md, Privacy). */
export type Draft = Record<string, unknown>;

/** The questions asked, given the answers so far, in order. */
export function askedQuestions(form: ServiceForm, draft: Draft): Question[] {
  const asked: Question[] = [];
  const seen: Draft = {};
  for (const question of form.questions) {
    if (!isAsked(question, seen)) continue;
    asked.push(question);
    if (draft[question.id] !== undefined) seen[question.id] = draft[question.id];
  }
  return asked;
}
