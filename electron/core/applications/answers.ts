import type { Question, ServiceForm } from '../catalog/form.ts';
import { parseSlotAnswer } from '../appointments/slot-answer.ts';
import { validateResidentId } from '../identity/resident-id.ts';
import type { ResidentIdError } from '../identity/resident-id.ts';
import { hasUntypeableCharacters } from './typed-text.ts';

/** A payment account: a 社保卡 or a bank card, with the bank from the hall's list. */
export interface PaymentAccount {
  kind: 'social-security-card' | 'bank-card';
  bank: string;
  account: string;
}

export type AnswerValue = string | number | boolean | PaymentAccount;
export type Answers = Record<string, AnswerValue>;

/** Why an answer was refused; the renderer words each one, with how to fix it. */
export type AnswerError =
  | ResidentIdError
  | 'missing'
  | 'not-a-name'
  | 'not-a-mobile'
  | 'not-a-choice'
  | 'not-a-date'
  | 'out-of-range'
  | 'too-long'
  | 'not-agreed'
  | 'not-an-account'
  | 'not-a-listed-bank'
  | 'untypeable-characters';

/** What the hall adds to a form's own rules, and the day answers are checked on. */
export interface AnswerRules {
  today?: Date;
  /** The hall's banks (config `banks`, their Chinese names): a payment account's bank is one of them. */
  banks?: readonly string[];
}

/** The rules a hall's config adds, given by the server when it saves a request. */
export type HallAnswerRules = Omit<AnswerRules, 'today'>;

/** Longer than any bank's name; a hall without a list still takes no essay for one (issue #16.10). */
export const bankNameMaxLength = 40;

export type AnswerCheck = { ok: true; value: AnswerValue } | { ok: false; error: AnswerError };

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkDate(value: unknown, range: 'past' | 'future' | 'any', today: Date): AnswerCheck {
  if (typeof value !== 'string') return { ok: false, error: 'not-a-date' };
  const match = isoDate.exec(value);
  if (!match) return { ok: false, error: 'not-a-date' };
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== value) return { ok: false, error: 'not-a-date' };
  const todayIso = today.toISOString().slice(0, 10);
  if ((range === 'past' && value > todayIso) || (range === 'future' && value < todayIso)) return { ok: false, error: 'out-of-range' };
  return { ok: true, value };
}

function checkAccount(value: unknown, banks: readonly string[] | undefined): AnswerCheck {
  const account = value as Partial<PaymentAccount> | null;
  if (
    typeof account !== 'object' ||
    account === null ||
    (account.kind !== 'social-security-card' && account.kind !== 'bank-card') ||
    typeof account.bank !== 'string' ||
    account.bank.trim() === '' ||
    typeof account.account !== 'string' ||
    !/^\d{9,30}$/.test(account.account)
  ) {
    return { ok: false, error: 'not-an-account' };
  }
  // Before trimming, which would quietly take a byte-order mark away.
  if (hasUntypeableCharacters(account.bank)) return { ok: false, error: 'untypeable-characters' };
  const bank = account.bank.trim();
  // Issue #16.10: the kiosk offers the hall's list only, so anything else did not come from a resident.
  if ((banks && !banks.includes(bank)) || [...bank].length > bankNameMaxLength) return { ok: false, error: 'not-a-listed-bank' };
  return { ok: true, value: { kind: account.kind, bank, account: account.account } };
}

/**
 * Checks one answer against its question and the hall's rules. The kiosk checks the same way before the
 * resident goes on; the server's check (checkAnswers, through submit) is the one that counts.
 */
export function checkAnswer(question: Question, value: unknown, { today = new Date(), banks }: AnswerRules = {}): AnswerCheck {
  switch (question.type) {
    case 'id-number': {
      if (typeof value !== 'string') return { ok: false, error: 'length' };
      // Issue #16.10: before validateResidentId trims, which would quietly take a byte-order mark away.
      if (hasUntypeableCharacters(value)) return { ok: false, error: 'characters' };
      const check = validateResidentId(value, today);
      return check.ok ? { ok: true, value: check.facts.idNumber } : check;
    }
    case 'name':
      // Chinese names, with the middle dot of minority names, or Latin letters for foreign names.
      return typeof value === 'string' && !hasUntypeableCharacters(value) && /^[\p{Script=Han}·]{1,20}$|^[A-Za-z][A-Za-z .'-]{0,59}$/u.test(value.trim())
        ? { ok: true, value: value.trim() }
        : { ok: false, error: 'not-a-name' };
    case 'mobile':
      return typeof value === 'string' && /^1[3-9]\d{9}$/.test(value) ? { ok: true, value } : { ok: false, error: 'not-a-mobile' };
    case 'choice':
      return typeof value === 'string' && question.choices.some((choice) => choice.value === value) ? { ok: true, value } : { ok: false, error: 'not-a-choice' };
    case 'yes-no':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, error: 'not-a-choice' };
    case 'date':
      return checkDate(value, question.range, today);
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, error: 'out-of-range' };
      return value >= question.min && value <= question.max ? { ok: true, value } : { ok: false, error: 'out-of-range' };
    case 'short-text': {
      if (typeof value !== 'string' || value.trim() === '') return { ok: false, error: 'missing' };
      // The kiosk's field for free text is multi-line (an address, a hardship), so a line break is typed.
      if (hasUntypeableCharacters(value, { lineBreaks: true })) return { ok: false, error: 'untypeable-characters' };
      return [...value.trim()].length <= question.maxLength ? { ok: true, value: value.trim() } : { ok: false, error: 'too-long' };
    }
    case 'consent':
      return value === true ? { ok: true, value } : { ok: false, error: 'not-agreed' };
    case 'payment-account':
      return checkAccount(value, banks);
    case 'slot':
      // Whether the half-day still has a place is decided when it is booked, with the request.
      return parseSlotAnswer(value) ? { ok: true, value: value as string } : { ok: false, error: 'not-a-choice' };
    default: {
      const unknown: never = question;
      throw new Error(`unknown question type ${JSON.stringify(unknown)}`);
    }
  }
}

/** Whether a question is asked, given the answers so far (its showWhen condition). */
export function isAsked(question: Question, answers: Readonly<Record<string, unknown>>): boolean {
  if (!question.showWhen) return true;
  const answer = answers[question.showWhen.answer];
  return question.showWhen.isOneOf.some((allowed) => allowed === answer);
}

export type FormCheck = { ok: true; answers: Answers } | { ok: false; problems: { question: string; error: AnswerError }[] };

/**
 * Checks a whole form's answers: every asked question answered (unless optional) and valid; answers to
 * questions that were not asked (a changed choice skipped them) are dropped, never kept.
 */
export function checkAnswers(form: ServiceForm, answers: Readonly<Record<string, unknown>>, rules: AnswerRules = {}): FormCheck {
  const kept: Answers = {};
  const problems: { question: string; error: AnswerError }[] = [];
  for (const question of form.questions) {
    if (!isAsked(question, kept)) continue;
    const value = answers[question.id];
    if (value === undefined || value === null || value === '') {
      if (!question.optional) problems.push({ question: question.id, error: 'missing' });
      continue;
    }
    const check = checkAnswer(question, value, rules);
    if (check.ok) kept[question.id] = check.value;
    else problems.push({ question: question.id, error: check.error });
  }
  return problems.length === 0 ? { ok: true, answers: kept } : { ok: false, problems };
}
