import { describe, expect, test } from 'vitest';
import { highAgeAllowanceAnswers } from '../../testing/kiosk-files.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { appealAnswers, disabilitySubsidyAnswers, worklistHall } from '../../testing/worklist-requests.ts';
import { changeWorkState } from './change-state.ts';
import { findWorkItem, listWorklist, storedSeeds } from './worklist.ts';

const tempDir = useTempDir();
const yesterday = new Date(2026, 10, 26, 15, 0);
const thisMorning = new Date(2026, 10, 27, 9, 0);
const now = new Date(2026, 10, 27, 11, 0);

function hallWithThreeRequests() {
  const hall = worklistHall(tempDir());
  const oldAllowance = hall.file('high-age-allowance', highAgeAllowanceAnswers, yesterday);
  const subsidy = hall.file('disability-subsidies', disabilitySubsidyAnswers, thisMorning);
  const appeal = hall.file('appeals-feedback', appealAnswers, new Date(2026, 10, 27, 10, 0));
  return { ...hall, oldAllowance, subsidy, appeal };
}

describe('the staff worklist', () => {
  test('lists every request, newest first, with its service, department and a masked identity only', () => {
    const { db, key, seeds, oldAllowance, subsidy, appeal } = hallWithThreeRequests();
    const list = listWorklist(db, key, seeds, {}, now);
    expect(list.map((item) => item.reference)).toEqual([appeal, subsidy, oldAllowance]);
    expect(list[1]).toEqual({
      reference: subsidy,
      serviceId: 'disability-subsidies',
      serviceName: { 'zh-CN': '残疾人两项补贴', en: expect.any(String) as unknown as string },
      createdAt: thisMorning.toISOString(),
      status: 'new',
      department: 'disabled-persons-federation',
      maskedIdentity: '4101**********1231',
      departmentSerial: null,
      returnReason: null,
      handledBy: null,
      statusChangedAt: null,
    });
    // A form without an ID number shows its masked name.
    expect(list[0]).toMatchObject({ department: 'hotline', maskedIdentity: '赵*国' });
    expect(JSON.stringify(list)).not.toMatch(/李秀英|13912345678|410102194603151231|窗口中午/);
  });

  test('filters by today, by what is still to do, and by department system, together', () => {
    const { db, key, seeds, oldAllowance, subsidy, appeal } = hallWithThreeRequests();
    const references = (filter: Parameters<typeof listWorklist>[3]) => listWorklist(db, key, seeds, filter, now).map((item) => item.reference);
    expect(references({ today: true })).toEqual([appeal, subsidy]);
    expect(references({ department: 'civil-affairs' })).toEqual([oldAllowance]);
    expect(changeWorkState(db, key, appeal, { action: 'return', reason: '已转 12345 热线' }, 'demo-admin', now)).toMatchObject({ ok: true });
    expect(references({ waiting: true })).toEqual([subsidy, oldAllowance]);
    expect(references({ today: true, waiting: true })).toEqual([subsidy]);
    expect(references({ today: true, department: 'civil-affairs' })).toEqual([]);
  });

  test('records who moved a request, when, its 流水号 and why it went back', () => {
    const { db, key, seeds, subsidy } = hallWithThreeRequests();
    expect(changeWorkState(db, key, subsidy, { action: 'take' }, 'wang-fang', now)).toEqual({ ok: true, from: 'new', to: 'handling' });
    expect(changeWorkState(db, key, subsidy, { action: 'enter', serial: 'CL-2026-0042' }, 'wang-fang', now)).toEqual({ ok: true, from: 'handling', to: 'entered' });
    expect(changeWorkState(db, key, subsidy, { action: 'take' }, 'demo-admin', now)).toEqual({ ok: false, error: 'not-allowed', from: 'entered' });
    expect(changeWorkState(db, key, subsidy, { action: 'finish' }, 'demo-admin', now)).toEqual({ ok: true, from: 'entered', to: 'done' });
    expect(findWorkItem(db, key, seeds, subsidy)).toMatchObject({ status: 'done', departmentSerial: 'CL-2026-0042', handledBy: 'demo-admin', statusChangedAt: now.toISOString() });
    expect(changeWorkState(db, key, 'KA-482913-5', { action: 'take' }, 'demo-admin', now)).toEqual({ ok: false, error: 'unknown-request' });
  });

  test('keeps why a request went back sealed in the database, and opens it for staff (issue #16.5)', () => {
    const { db, key, seeds, subsidy, oldAllowance } = hallWithThreeRequests();
    expect(changeWorkState(db, key, subsidy, { action: 'return', reason: '残疾证照片看不清，请本人带原件来' }, 'wang-fang', now)).toMatchObject({ ok: true, to: 'returned' });
    const stored = db.prepare<[string], string>('SELECT return_reason FROM request WHERE reference = ?').pluck().get(subsidy);
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain('残疾证');
    expect(findWorkItem(db, key, seeds, subsidy)?.returnReason).toBe('残疾证照片看不清，请本人带原件来');
    expect(listWorklist(db, key, seeds, {}, now).find((item) => item.reference === subsidy)?.returnReason).toBe('残疾证照片看不清，请本人带原件来');
    // Without the data key nothing is shown, and no reason can be recorded.
    expect(findWorkItem(db, undefined, seeds, subsidy)?.returnReason).toBeNull();
    expect(changeWorkState(db, undefined, oldAllowance, { action: 'take' }, 'wang-fang', now)).toMatchObject({ ok: true, to: 'handling' });
    expect(changeWorkState(db, undefined, oldAllowance, { action: 'return', reason: '材料不全' }, 'wang-fang', now)).toEqual({ ok: false, error: 'key-unavailable' });
    expect(findWorkItem(db, key, seeds, oldAllowance)).toMatchObject({ status: 'handling', returnReason: null });
  });

  test('names requests of a service the hall has since switched off', () => {
    const { db, key, oldAllowance } = hallWithThreeRequests();
    expect(findWorkItem(db, key, storedSeeds(db), oldAllowance)?.serviceName['zh-CN']).toBe('高龄津贴申请');
  });
});
