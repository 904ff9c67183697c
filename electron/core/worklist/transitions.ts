import { hasUntypeableCharacters } from '../applications/typed-text.ts';
import type { WorkState } from './work-state.ts';

/**
 * What staff can do to a request (issue #7): take it, record the 流水号 the department's system gave it,
 * close it, or hand it back with a reason. Pure, so the console and the backend agree on every rule.
 */
export type WorkAction =
  | { action: 'take' }
  | { action: 'enter'; serial: string }
  | { action: 'finish' }
  | { action: 'return'; reason: string };
export type WorkActionName = WorkAction['action'];

export type TransitionError = 'not-allowed' | 'invalid-serial' | ReasonError;
export type ReasonError = 'reason-missing' | 'reason-too-long' | 'reason-untypeable';

export type Transition =
  | { ok: true; to: WorkState; departmentSerial?: string; returnReason?: string }
  | { ok: false; error: TransitionError };

/** 流水号: department systems issue letters, digits and dashes, such as MZ-2026-000123. */
const departmentSerial = /^[A-Za-z0-9-]{1,40}$/;
export const returnReasonMaxLength = 200;

const allowed: Record<WorkState, readonly WorkActionName[]> = {
  new: ['take', 'return'],
  handling: ['enter', 'return'],
  entered: ['finish', 'return'],
  done: [],
  returned: [],
};

const target: Record<WorkActionName, WorkState> = { take: 'handling', enter: 'entered', finish: 'done', return: 'returned' };

/** The actions open to staff in a state, in the order the console offers them. */
export function allowedActions(state: WorkState): readonly WorkActionName[] {
  return allowed[state];
}

export function checkDepartmentSerial(input: string): { ok: true; serial: string } | { ok: false; error: 'invalid-serial' } {
  const serial = input.trim();
  return departmentSerial.test(serial) ? { ok: true, serial } : { ok: false, error: 'invalid-serial' };
}

export function checkReturnReason(input: string): { ok: true; reason: string } | { ok: false; error: ReasonError } {
  const reason = input.trim();
  if (reason === '') return { ok: false, error: 'reason-missing' };
  // Issue #16.10: the resident is told this reason, so nothing in it may hide or reorder what they read
  // (checked before trimming, which would quietly take a byte-order mark away).
  if (hasUntypeableCharacters(input)) return { ok: false, error: 'reason-untypeable' };
  return [...reason].length <= returnReasonMaxLength ? { ok: true, reason } : { ok: false, error: 'reason-too-long' };
}

/** Where an action takes a request from a state, or why it cannot. */
export function transition(from: WorkState, work: WorkAction): Transition {
  if (!allowed[from].includes(work.action)) return { ok: false, error: 'not-allowed' };
  const to = target[work.action];
  switch (work.action) {
    case 'take':
    case 'finish':
      return { ok: true, to };
    case 'enter': {
      const check = checkDepartmentSerial(work.serial);
      return check.ok ? { ok: true, to, departmentSerial: check.serial } : check;
    }
    case 'return': {
      const check = checkReturnReason(work.reason);
      return check.ok ? { ok: true, to, returnReason: check.reason } : check;
    }
    default: {
      const unknown: never = work;
      throw new Error(`unknown work action ${JSON.stringify(unknown)}`);
    }
  }
}
