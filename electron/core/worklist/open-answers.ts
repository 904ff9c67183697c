import type { ServiceForm } from '../catalog/form.ts';
import { isPersonal } from '../catalog/form.ts';
import { derivedFieldIds } from '../catalog/worklist-layout.ts';
import type { AnswerValue } from '../applications/answers.ts';
import { decryptField, fieldContext } from '../../store/crypto/index.ts';
import type { DataKey } from '../../store/crypto/index.ts';

export interface OpenedAnswers {
  answers: Record<string, AnswerValue>;
  /** Answers whose seal did not open (a damaged field, another key): staff are told, never shown junk. */
  unreadable: string[];
}

/** What the kiosk sealed besides the form's answers (applications/submit.ts, derivedAnswers). */
const storedDerived: ReadonlySet<string> = new Set<string>(derivedFieldIds);

/**
 * Opens a request's stored answers for signed-in staff. Only what `answers` holds is read, each field under
 * its own context (request + answer id), as submit.ts sealed it. Anything the form does not know is left
 * alone: a sealed appeal keeps its text for the county only (issue #7), and that is none of the hall's business.
 */
export function openStoredAnswers(key: DataKey, form: ServiceForm, reference: string, stored: Readonly<Record<string, unknown>>): OpenedAnswers {
  const answers: Record<string, AnswerValue> = {};
  const unreadable: string[] = [];
  for (const [id, value] of Object.entries(stored)) {
    const question = form.questions.find((each) => each.id === id);
    const sealed = question ? isPersonal(question) : storedDerived.has(id);
    if (!question && !sealed) continue;
    if (!sealed) {
      answers[id] = value as AnswerValue;
      continue;
    }
    const opened = typeof value === 'string' ? decryptField(key, value, fieldContext('request', id, reference)) : undefined;
    if (opened?.ok) answers[id] = JSON.parse(opened.plaintext) as AnswerValue;
    else unreadable.push(id);
  }
  return { answers, unreadable };
}
