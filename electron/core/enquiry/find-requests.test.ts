import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { submitSealedAppeal } from '../appeals/index.ts';
import { cancelAppointment, saveWithBooking } from '../appointments/index.ts';
import { AppointmentsConfig } from '../appointments/appointment-config.ts';
import { submitApplication } from '../applications/submit.ts';
import { loadCatalogIntoStore } from '../catalog/catalog.ts';
import { openStore } from '../../store/open.ts';
import { loadOrCreateDataKey } from '../../store/crypto/index.ts';
import { demoConfig, highAgeAllowanceAnswers, shippedSeeds } from '../../testing/kiosk-files.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { sealReturnReason } from '../worklist/return-reason.ts';
import { findByIdNumber, findByReference } from './find-requests.ts';

const tempDir = useTempDir();
const today = new Date('2026-11-27T09:00:00Z');
const seeds = shippedSeeds();
const seed = (id: string) => seeds.find((each) => each.id === id) ?? (undefined as never);
const byDaughter = { ...highAgeAllowanceAnswers, applicantRelation: 'family', agentName: '李秀英', agentMobile: '13700001111' };

function hall() {
  const dir = tempDir();
  const { db } = openStore(join(dir, 'kiosk.db'));
  loadCatalogIntoStore(db, seeds, today);
  const key = loadOrCreateDataKey(join(dir, 'keys', 'data.key'));
  if (!key.ok) throw new Error(key.detail);
  const submit = (serviceId: string, answers: Record<string, unknown>, at = today) => {
    const result = submitApplication(db, key.key, seed(serviceId), answers, at);
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.reference;
  };
  return { db, key: key.key, submit };
}

describe('the progress enquiry', () => {
  test('finds a request by its reference, with the masked name and nothing else personal', () => {
    const { db, key, submit } = hall();
    const reference = submit('high-age-allowance', byDaughter);
    const items = findByReference(db, key, reference);
    expect(items).toEqual([{ reference, serviceId: 'high-age-allowance', submittedOn: '2026-11-27', maskedName: '李*英', status: { source: 'hall', code: 'new' } }]);
    // The reference is random and may hold any digits (MY-491231-9); only the rest must show nothing personal.
    const shown = JSON.stringify(items).replaceAll(reference, '');
    for (const personal of ['410102194603151231', '4101', '1231', '13700001111', '13812345678', '6228480012345678901', '8901', '秀']) expect(shown).not.toContain(personal);
  });

  test('finds nothing for a reference no one was given', () => {
    expect(findByReference(hall().db, undefined, 'KA-482913-5')).toEqual([]);
  });

  test('finds a resident’s requests by ID number through the blind index, newest first', () => {
    const { db, key, submit } = hall();
    const older = submit('high-age-allowance', highAgeAllowanceAnswers, new Date('2026-11-20T09:00:00Z'));
    const newer = submit('high-age-allowance', byDaughter);
    submit('high-age-allowance', { ...highAgeAllowanceAnswers, idNumber: '110101195001011239' });
    expect(findByIdNumber(db, key, '410102194603151231').map((item) => item.reference)).toEqual([newer, older]);
    // The same number as a card reader or a Chinese input method gives it.
    expect(findByIdNumber(db, key, '４１０１０２１９４６０３１５１２３１')).toHaveLength(2);
    expect(db.prepare('SELECT id_number_index FROM request').pluck().all()).not.toContain('410102194603151231');
  });

  test('tells the county’s status before the hall’s, with the county’s words, and a return reason only when returned', () => {
    const { db, key, submit } = hall();
    const reference = submit('high-age-allowance', highAgeAllowanceAnswers);
    db.prepare("UPDATE request SET status = 'returned', return_reason = ? WHERE reference = ?").run(sealReturnReason(key, reference, '银行卡号与户名不一致'), reference);
    expect(findByReference(db, key, reference)[0]).toMatchObject({ status: { source: 'hall', code: 'returned' }, returnReason: '银行卡号与户名不一致' });
    db.prepare("UPDATE request SET county_status = 'approved', county_status_text = '12月起按月发放' WHERE reference = ?").run(reference);
    expect(findByReference(db, key, reference)[0]?.status).toEqual({ source: 'county', code: 'approved', countyText: '12月起按月发放' });
  });

  test('says only that a sealed appeal went to the county', () => {
    const { db, key } = hall();
    const county = generateKeyPairSync('x25519');
    const answers = { category: 'staff-conduct', anonymous: false, appealText: '窗口态度差', contactName: '欧阳秀兰', consent: true };
    const filed = submitSealedAppeal(db, county.publicKey, seed('appeals-feedback'), answers, today);
    if (!filed.ok) throw new Error(JSON.stringify(filed));
    db.prepare("UPDATE request SET county_status = 'in-review', county_status_text = '已转某某部门', status = 'returned', return_reason = ? WHERE reference = ?").run(sealReturnReason(key, filed.reference, 'x'), filed.reference);
    expect(findByReference(db, key, filed.reference)).toEqual([
      { reference: filed.reference, serviceId: 'appeals-feedback', submittedOn: '2026-11-27', status: { source: 'sealed', code: 'with-county' } },
    ]);
  });
});

describe('an appointment in the enquiry', () => {
  // Monday 30 November 2026: a working day in the demo hall's calendar.
  const slot = { date: '2026-11-30', halfDay: 'morning' } as const;
  const homeVisit = { applicantRelation: 'self', idNumber: '410102194603151231', visitReason: 'aged', serviceNeeded: 'pension-certification', address: '槐树湾村三组12号', contactMobile: '13812345678', visitSlot: '2026-11-30/morning', consent: true };

  test('shows the half-day booked, then that staff cancelled it', () => {
    const { db, key } = hall();
    const config = AppointmentsConfig.parse(demoConfig().appointments);
    const saved = saveWithBooking(db, config, { serviceId: 'home-visit', slot }, () => submitApplication(db, key, seed('home-visit'), homeVisit, today), today);
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(findByReference(db, key, saved.reference)[0]?.appointment).toEqual({ state: 'booked', slot });

    const { id } = db.prepare<[string], { id: number }>('SELECT id FROM appointment WHERE reference = ?').get(saved.reference) ?? { id: 0 };
    expect(cancelAppointment(db, id, 'demo-admin', today).ok).toBe(true);
    expect(findByReference(db, key, saved.reference)[0]?.appointment).toMatchObject({ state: 'cancelled', slot, notice: { kind: 'cancelled', slot } });
  });
});
