import { zValidator } from '@hono/zod-validator';
import type { Context, ValidationTargets } from 'hono';
import { z } from 'zod';

/** The one answer to input that breaks a route's schema (architecture.md: errors as values, one envelope). */
export function invalidRequest(error: z.core.$ZodError, c: Context) {
  return c.json({ ok: false, error: 'invalid-request', message: z.prettifyError(error) } as const, 400);
}

type Refusal = (error: z.core.$ZodError, c: Context) => Response;

/** `reportInput` keeps the input in each issue, so a missing setting can be told from one of the wrong kind. */
type ParseOptions = { reportInput?: boolean };

/**
 * Every route's input is checked here, against its one zod schema. Refused input gets invalidRequest's
 * envelope, unless a route names its own refusal in its domain's words, as pairing does with 'wrong-code'
 * for a code that is not six digits, or the admin forms with 'invalid-change' and the config's problems.
 */
export function validated<Target extends keyof ValidationTargets, Schema extends z.ZodType, Refuse extends Refusal = typeof invalidRequest>(
  target: Target,
  schema: Schema,
  refuse?: Refuse,
  parse: ParseOptions = {},
) {
  const refusal = (refuse ?? invalidRequest) as Refuse;
  return zValidator(
    target,
    schema,
    (result, c): ReturnType<Refuse> | undefined => {
      if (!result.success) return refusal(result.error as z.core.$ZodError, c) as ReturnType<Refuse>;
    },
    // zod-validator types the parse result by a conditional on the schema, which stays open for a generic one.
    { validationFunction: (checked, value) => checked.safeParseAsync(value, parse) as never },
  );
}
