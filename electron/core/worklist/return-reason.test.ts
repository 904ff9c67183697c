import { describe, expect, test } from 'vitest';
import { useTempDir } from '../../testing/temp-dir.ts';
import { worklistHall } from '../../testing/worklist-requests.ts';
import { openReturnReason, sealPlainReturnReasons, sealReturnReason } from './return-reason.ts';

const tempDir = useTempDir();
const morning = new Date('2026-11-27T01:00:00Z');

describe('return reasons at rest (issue #16.5)', () => {
  test('seals the reasons an earlier version stored in clear, once, and leaves sealed ones as they are', () => {
    const hall = worklistHall(tempDir());
    const plain = hall.file('high-age-allowance', hall.highAgeAllowanceAnswers, morning);
    const alreadySealed = hall.file('high-age-allowance', hall.highAgeAllowanceAnswers, morning);
    const setReason = hall.db.prepare<[string, string]>("UPDATE request SET status = 'returned', return_reason = ? WHERE reference = ?");
    // A reason that starts like a version tag is still a person's words.
    setReason.run('v2.0 表格已作废，请用新表；户主王建国需本人到场', plain);
    const sealedBefore = sealReturnReason(hall.key, alreadySealed, '缺少户口本复印件');
    setReason.run(sealedBefore, alreadySealed);

    expect(sealPlainReturnReasons(hall.db, hall.key)).toBe(1);
    const stored = (reference: string) => hall.db.prepare<[string], string | null>('SELECT return_reason FROM request WHERE reference = ?').pluck().get(reference) ?? null;
    expect(stored(plain)).not.toContain('王建国');
    expect(openReturnReason(hall.key, plain, stored(plain))).toBe('v2.0 表格已作废，请用新表；户主王建国需本人到场');
    expect(stored(alreadySealed)).toBe(sealedBefore);
    expect(sealPlainReturnReasons(hall.db, hall.key)).toBe(0);
    // Bound to its request: moved to another row, it does not open.
    expect(openReturnReason(hall.key, alreadySealed, stored(plain))).toBeNull();
  });
});
