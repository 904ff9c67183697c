import { z } from 'zod';

/**
 * Fields staff see besides the form's own answers: birth date, age and sex worked out from the ID number,
 * and the 残疾人证号 the kiosk stores itself (applications/derive.ts).
 */
export const derivedFieldIds = ['birthDate', 'age', 'sex', 'disabilityCertificateNumber'] as const;
export type DerivedFieldId = (typeof derivedFieldIds)[number];

/**
 * How a request is laid out for staff (issue #7): `fieldOrder` follows the department system's own entry
 * screen, so staff type from top to bottom. Answer ids of the form, or derived fields; fields it leaves
 * out still show, after these.
 */
export const WorklistLayout = z.strictObject({
  fieldOrder: z.array(z.string().regex(/^[a-z][a-zA-Z0-9]*$/)).min(1),
});
export type WorklistLayout = z.infer<typeof WorklistLayout>;

/** Problems with a layout against its form's answer ids; empty when it is sound. */
export function worklistLayoutProblems(layout: WorklistLayout, answerIds: readonly string[]): string[] {
  const known = new Set<string>([...answerIds, ...derivedFieldIds]);
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const id of layout.fieldOrder) {
    if (!known.has(id)) problems.push(`worklist.fieldOrder names ${id}, which is neither an answer of the form nor a derived field`);
    if (seen.has(id)) problems.push(`worklist.fieldOrder names ${id} twice`);
    seen.add(id);
  }
  return problems;
}
