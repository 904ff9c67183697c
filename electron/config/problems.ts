import { parse as parseTolerantly } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import type { z } from 'zod';

/**
 * A configuration problem in words a hall worker understands: where, what is wrong, how to fix it.
 * The words live in the locales (staff.config.problem.<kind> and staff.config.fix.<kind>);
 * this is only the data they are filled from.
 */
export type ConfigProblem =
  | { kind: 'unreadable'; path: string; reason: string }
  | { kind: 'syntax'; path: string; line: number; column: number }
  | { kind: 'missing'; path: string; expected: string }
  | { kind: 'wrongType'; path: string; expected: string }
  | { kind: 'unknownField'; path: string; field: string }
  | { kind: 'badValue'; path: string; detail: string }
  | { kind: 'unknownService'; path: string; service: string }
  | { kind: 'missingFigure'; path: string; figure: string; service: string }
  | { kind: 'missingCapacity'; path: string; service: string };

export type ConfigProblemKind = ConfigProblem['kind'];

/** `hall.windows[0].name` from zod's path array. */
export function formatConfigPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text === '' ? '(whole file)' : text;
}

/** Turns zod's issues into problems. Parse with `reportInput: true` so a missing field can be told from a wrong one. */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[]): ConfigProblem[] {
  return issues.flatMap((issue): ConfigProblem[] => {
    const path = formatConfigPath(issue.path);
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined
          ? [{ kind: 'missing', path, expected: issue.expected }]
          : [{ kind: 'wrongType', path, expected: issue.expected }];
      case 'unrecognized_keys':
        return issue.keys.map((field) => ({ kind: 'unknownField', path, field }));
      default:
        return [{ kind: 'badValue', path, detail: issue.message }];
    }
  });
}

/** Where the first JSON syntax error is, as a line and column counted from 1. */
export function locateSyntaxError(text: string): { line: number; column: number } {
  const errors: ParseError[] = [];
  parseTolerantly(text, errors, { disallowComments: true, allowTrailingComma: false });
  const offset = errors[0]?.offset ?? text.length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
