import type { ServiceSeed } from '../catalog/seed.ts';
import { isPersonal } from '../catalog/form.ts';
import type { Question } from '../catalog/form.ts';
import { maskAccount, maskMobile, maskName } from '../identity/masks.ts';
import { maskResidentId } from '../identity/resident-id.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { encryptField, fieldContext, idNumberIndex } from '../../store/crypto/index.ts';
import { residentAgeBand } from '../reports/age-band.ts';
import type { DataKey } from '../../store/crypto/index.ts';
import { checkAnswers } from './answers.ts';
import type { AnswerError, AnswerValue, HallAnswerRules, PaymentAccount } from './answers.ts';
import { derivedAnswers } from './derive.ts';
import { generateReference } from './reference.ts';

export type SubmitResult =
  | { ok: true; reference: string; createdAt: string }
  | { ok: false; error: 'no-form' }
  | { ok: false; error: 'invalid-answers'; problems: { question: string; error: AnswerError }[] };

/** What a list may show of a personal answer. */
function maskAnswer(question: Question, value: AnswerValue): string {
  switch (question.type) {
    case 'id-number':
      return maskResidentId(String(value));
    case 'name':
      return maskName(String(value));
    case 'mobile':
      return maskMobile(String(value));
    case 'payment-account':
      return maskAccount((value as PaymentAccount).account);
    default:
      return '***';
  }
}

/** A reference no request in this hall has been given yet. */
export function newRequestReference(db: KioskDatabase): string {
  const taken = db.prepare<[string], { found: number }>('SELECT 1 AS found FROM request WHERE reference = ?');
  let reference = generateReference();
  while (taken.get(reference)) reference = generateReference();
  return reference;
}

/**
 * Saves a resident's application: the request and its outbox row in one transaction, so a request that
 * was acknowledged is always also waiting to be sent. Personal answers are sealed field by field, bound
 * to this request and question, before they reach the database.
 */
export function submitApplication(
  db: KioskDatabase,
  key: DataKey,
  seed: ServiceSeed,
  rawAnswers: Readonly<Record<string, unknown>>,
  now: Date = new Date(),
  hall: HallAnswerRules = {},
): SubmitResult {
  if (!seed.form) return { ok: false, error: 'no-form' };
  const check = checkAnswers(seed.form, rawAnswers, { ...hall, today: now });
  if (!check.ok) return { ok: false, error: 'invalid-answers', problems: check.problems };

  const reference = newRequestReference(db);

  const stored: Record<string, AnswerValue> = {};
  const masked: Record<string, string> = {};
  for (const question of seed.form.questions) {
    const value = check.answers[question.id];
    if (value === undefined) continue;
    if (isPersonal(question)) {
      stored[question.id] = encryptField(key, JSON.stringify(value), fieldContext('request', question.id, reference));
      masked[question.id] = maskAnswer(question, value);
    } else {
      stored[question.id] = value;
    }
  }

  for (const [id, value] of Object.entries(derivedAnswers(seed.form, check.answers))) {
    stored[id] = encryptField(key, JSON.stringify(value), fieldContext('request', id, reference));
    masked[id] = `${maskResidentId(value.slice(0, 18))}${value.slice(18)}`;
  }

  // Only the band is kept in clear, for today's figures; a form that asks no ID number (anonymous feedback) has none.
  const idQuestion = seed.form.questions.find((question) => question.type === 'id-number');
  const idNumber = idQuestion && check.answers[idQuestion.id];
  const ageBand = typeof idNumber === 'string' ? (residentAgeBand(idNumber, now) ?? null) : null;
  // The progress enquiry finds a resident's requests by this blind index, never by the number itself.
  const idIndex = typeof idNumber === 'string' ? idNumberIndex(key, idNumber) : null;

  const createdAt = now.toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO request (reference, service_id, service_version, department, created_at, answers, masked, age_band, id_number_index)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(reference, seed.id, seed.version, seed.department, createdAt, JSON.stringify(stored), JSON.stringify(masked), ageBand, idIndex);
    db.prepare('INSERT INTO outbox (request_reference, created_at) VALUES (?, ?)').run(reference, createdAt);
  })();
  return { ok: true, reference, createdAt };
}
