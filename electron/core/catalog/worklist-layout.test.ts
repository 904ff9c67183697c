import { describe, expect, test } from 'vitest';
import { shippedSeeds } from '../../testing/kiosk-files.ts';
import { ServiceSeed } from './seed.ts';
import { worklistLayoutProblems } from './worklist-layout.ts';

describe('a seed’s worklist layout', () => {
  test('every shipped form is laid out for its department, naming each of its questions', () => {
    for (const seed of shippedSeeds().filter((each) => each.form)) {
      const order = seed.worklist?.fieldOrder ?? [];
      for (const question of seed.form?.questions ?? []) expect(order, `${seed.id} ${question.id}`).toContain(question.id);
    }
  });

  test('may name derived fields, but not an answer the form lacks, nor one twice', () => {
    expect(worklistLayoutProblems({ fieldOrder: ['idNumber', 'birthDate', 'age', 'sex'] }, ['idNumber'])).toEqual([]);
    expect(worklistLayoutProblems({ fieldOrder: ['idNumber', 'shoeSize', 'idNumber'] }, ['idNumber'])).toEqual([
      'worklist.fieldOrder names shoeSize, which is neither an answer of the form nor a derived field',
      'worklist.fieldOrder names idNumber twice',
    ]);
  });

  test('is refused on a seed without a form', () => {
    const queue = shippedSeeds().find((seed) => seed.id === 'queue-ticket');
    const parsed = ServiceSeed.safeParse({ ...queue, worklist: { fieldOrder: ['idNumber'] } });
    expect(parsed.success).toBe(false);
  });
});
