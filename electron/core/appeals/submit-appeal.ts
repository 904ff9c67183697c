import type { KeyObject } from 'node:crypto';
import type { ServiceSeed } from '../catalog/seed.ts';
import type { Question } from '../catalog/form.ts';
import { checkAnswers } from '../applications/answers.ts';
import type { HallAnswerRules } from '../applications/answers.ts';
import type { Answers } from '../applications/answers.ts';
import { newRequestReference } from '../applications/submit.ts';
import type { SubmitResult } from '../applications/submit.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { sealForCounty } from './sealed-envelope.ts';

/**
 * What of an appeal stays readable in the hall: the category and whether it is anonymous, enough for
 * counts and for routing. The text, a name, a phone number and everything else is sealed.
 */
function staysInClear(question: Question): boolean {
  return question.type === 'choice' || question.type === 'yes-no';
}

/**
 * Saves a sealed appeal (issue #7, point 3): like submitApplication, with its outbox row in the same
 * transaction, but the content goes only into `sealed_payload`, sealed for the county's key, and
 * `masked` is empty, so no list, log, receipt or report in the hall has anything of it to show.
 */
export function submitSealedAppeal(
  db: KioskDatabase,
  countyKey: KeyObject,
  seed: ServiceSeed,
  rawAnswers: Readonly<Record<string, unknown>>,
  now: Date = new Date(),
  hall: HallAnswerRules = {},
): SubmitResult {
  if (!seed.form) return { ok: false, error: 'no-form' };
  const check = checkAnswers(seed.form, rawAnswers, { ...hall, today: now });
  if (!check.ok) return { ok: false, error: 'invalid-answers', problems: check.problems };

  const reference = newRequestReference(db);

  const clear: Answers = {};
  const sealed: Answers = {};
  for (const question of seed.form.questions) {
    const value = check.answers[question.id];
    if (value === undefined) continue;
    if (staysInClear(question)) clear[question.id] = value;
    else sealed[question.id] = value;
  }
  const envelope = sealForCounty(countyKey, JSON.stringify(sealed), { reference, serviceId: seed.id });

  const createdAt = now.toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO request (reference, service_id, service_version, department, created_at, answers, masked, sealed_payload)
       VALUES (?, ?, ?, ?, ?, ?, '{}', ?)`,
    ).run(reference, seed.id, seed.version, seed.department, createdAt, JSON.stringify(clear), JSON.stringify(envelope));
    db.prepare('INSERT INTO outbox (request_reference, created_at) VALUES (?, ?)').run(reference, createdAt);
  })();
  return { ok: true, reference, createdAt };
}
