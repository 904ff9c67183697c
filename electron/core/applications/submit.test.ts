import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../store/open.ts';
import { decryptField, fieldContext, loadOrCreateDataKey } from '../../store/crypto/index.ts';
import { highAgeAllowanceAnswers, shippedSeeds } from '../../testing/kiosk-files.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { validateReference } from './reference.ts';
import { submitApplication } from './submit.ts';

const tempDir = useTempDir();
const today = new Date('2026-11-27T09:00:00Z');
const highAge = shippedSeeds().find((seed) => seed.id === 'high-age-allowance');
if (!highAge) throw new Error('the high-age allowance seed is missing');

const answers = highAgeAllowanceAnswers;

function kiosk() {
  const dir = tempDir();
  const { db } = openStore(join(dir, 'kiosk.db'));
  const key = loadOrCreateDataKey(join(dir, 'keys', 'data.key'));
  if (!key.ok) throw new Error(key.detail);
  return { dir, db, key: key.key };
}

describe('submitApplication', () => {
  test('writes the request and its outbox row, with a reference that reads back', () => {
    const { db, key } = kiosk();
    const result = submitApplication(db, key, highAge, answers, today);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(validateReference(result.reference)).toEqual({ ok: true, reference: result.reference });
    const row = db.prepare('SELECT service_id, department, status, masked FROM request WHERE reference = ?').get(result.reference) as Record<string, string>;
    expect(row).toMatchObject({ service_id: 'high-age-allowance', department: 'civil-affairs', status: 'new' });
    expect(JSON.parse(row.masked ?? '{}')).toEqual({ idNumber: '4101**********1231', paymentAccount: '****8901', contactMobile: '138****5678' });
    expect(db.prepare('SELECT request_reference, state, attempts FROM outbox').all()).toEqual([{ request_reference: result.reference, state: 'pending', attempts: 0 }]);
  });

  test('never writes an ID number, account or phone in clear, in the database or its WAL', () => {
    const { dir, db, key } = kiosk();
    const result = submitApplication(db, key, highAge, answers, today);
    expect(result.ok).toBe(true);
    for (const file of ['kiosk.db', 'kiosk.db-wal']) {
      const bytes = readFileSync(join(dir, file));
      for (const secret of ['410102194603151231', '6228480012345678901', '13812345678']) {
        expect(bytes.includes(Buffer.from(secret)), `${secret} in ${file}`).toBe(false);
      }
    }
  });

  test('seals each personal answer to its request and question', () => {
    const { db, key } = kiosk();
    const result = submitApplication(db, key, highAge, answers, today);
    if (!result.ok) throw new Error('not submitted');
    const stored = JSON.parse((db.prepare('SELECT answers FROM request').get() as { answers: string }).answers) as Record<string, unknown>;
    expect(stored.applicantRelation).toBe('self');
    const opened = decryptField(key, String(stored.idNumber), fieldContext('request', 'idNumber', result.reference));
    expect(opened).toEqual({ ok: true, plaintext: '"410102194603151231"' });
    expect(decryptField(key, String(stored.idNumber), fieldContext('request', 'contactMobile', result.reference)).ok).toBe(false);
  });

  test('derives the 残疾人证号 from the ID number, category and level, and seals it', () => {
    const { db, key } = kiosk();
    const disability = shippedSeeds().find((seed) => seed.id === 'disability-subsidies');
    if (!disability) throw new Error('the disability subsidies seed is missing');
    const result = submitApplication(
      db,
      key,
      disability,
      { ...answers, subsidyType: 'nursing', disabilityCategory: '4', disabilityLevel: '2' },
      today,
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = db.prepare('SELECT answers, masked FROM request').get() as { answers: string; masked: string };
    const stored = JSON.parse(row.answers) as Record<string, string>;
    expect(decryptField(key, stored.disabilityCertificateNumber ?? '', fieldContext('request', 'disabilityCertificateNumber', result.reference))).toEqual({
      ok: true,
      plaintext: '"41010219460315123142"',
    });
    expect(JSON.parse(row.masked)).toMatchObject({ disabilityCertificateNumber: '4101**********123142' });
  });

  test('keeps the age band of the resident whose ID number was asked, and none when no ID number is asked', () => {
    const { db, key } = kiosk();
    const feedback = shippedSeeds().find((seed) => seed.id === 'appeals-feedback');
    if (!feedback) throw new Error('the appeals and feedback seed is missing');
    const anonymous = { category: 'environment-safety', anonymous: true, appealText: '村口路灯坏了', consent: true };
    const asked = submitApplication(db, key, highAge, answers, today);
    const unnamed = submitApplication(db, key, feedback, anonymous, today);
    if (!asked.ok || !unnamed.ok) throw new Error(JSON.stringify({ asked, unnamed }));
    const band = db.prepare<[string], { age_band: string | null }>('SELECT age_band FROM request WHERE reference = ?').pluck();
    expect(band.get(asked.reference)).toBe('80-89');
    expect(band.get(unnamed.reference)).toBeNull();
  });

  test('drops answers to questions that were not asked', () => {
    const { db, key } = kiosk();
    submitApplication(db, key, highAge, { ...answers, agentName: '王小明', agentMobile: '13900001111' }, today);
    const stored = JSON.parse((db.prepare('SELECT answers FROM request').get() as { answers: string }).answers) as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['applicantRelation', 'consent', 'contactMobile', 'idNumber', 'paymentAccount']);
  });

  test('refuses bad answers as values, each with its question, and writes nothing', () => {
    const { db, key } = kiosk();
    const result = submitApplication(db, key, highAge, { ...answers, idNumber: '410102194603151230', consent: false, contactMobile: '2381234567' }, today);
    expect(result).toEqual({
      ok: false,
      error: 'invalid-answers',
      problems: [
        { question: 'idNumber', error: 'checksum' },
        { question: 'contactMobile', error: 'not-a-mobile' },
        { question: 'consent', error: 'not-agreed' },
      ],
    });
    expect(db.prepare('SELECT count(*) AS n FROM request').get()).toEqual({ n: 0 });
  });

  test('writes the request and its outbox row together or not at all', () => {
    const { db, key } = kiosk();
    db.exec('DROP TABLE outbox');
    expect(() => submitApplication(db, key, highAge, answers, today)).toThrow();
    expect(db.prepare('SELECT count(*) AS n FROM request').get()).toEqual({ n: 0 });
  });
});
