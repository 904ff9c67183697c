import { describe, expect, test } from 'vitest';
import { createKioskI18n } from '../../../renderer/i18n/create.ts';
import { encryptField, fieldContext } from '../../store/crypto/index.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { appealAnswers, disabilitySubsidyAnswers, worklistHall } from '../../testing/worklist-requests.ts';
import { loadWorkDetail } from './work-detail.ts';

const tempDir = useTempDir();
const i18n = createKioskI18n();
const t = i18n.t.bind(i18n);
const filedOn = new Date(2026, 10, 27, 9, 0);

function open(hall: ReturnType<typeof worklistHall>, reference: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const loaded = loadWorkDetail({ db: hall.db, key: hall.key, seeds: hall.seeds, locale, t, fill: (text) => text }, reference);
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.detail;
}

describe('a request opened for staff', () => {
  test('shows every answer in full, in the order the 残联 system asks for them, with what the ID number tells', () => {
    const hall = worklistHall(tempDir());
    const reference = hall.file('disability-subsidies', disabilitySubsidyAnswers, filedOn);
    const { fields } = open(hall, reference);
    expect(fields.map((field) => [field.label, field.value])).toEqual([
      ['残疾人证号', '41010219460315123112'],
      ['身份证号码', '410102194603151231'],
      ['性别', '男'],
      ['出生日期', '1946-03-15'],
      ['年龄（申请时）', '80 岁'],
      ['残疾类别', expect.stringContaining('视力') as unknown as string],
      ['残疾等级', expect.any(String) as unknown as string],
      ['申请的补贴', expect.any(String) as unknown as string],
      ['家庭是否享受低保', '否'],
      ['发放账户', '社保卡 中国农业银行 6228480012345678901'],
      ['联系电话', '13812345678'],
      ['办理方式', '家人代办'],
      ['代办人姓名', '李秀英'],
      ['代办人手机号码', '13912345678'],
      ['同意核对和使用信息', '已同意'],
    ]);
  });

  test('follows the seed’s order in English too', () => {
    const hall = worklistHall(tempDir());
    const reference = hall.file('disability-subsidies', disabilitySubsidyAnswers, filedOn);
    expect(open(hall, reference, 'en').fields.slice(0, 3).map((field) => [field.label, field.value])).toEqual([
      ['Disability certificate number', '41010219460315123112'],
      ['ID number', '410102194603151231'],
      ['Sex', 'Male'],
    ]);
  });

  test('shows only what `answers` holds: a sealed appeal keeps only its category, and nothing else is opened', () => {
    const hall = worklistHall(tempDir());
    const reference = hall.file('appeals-feedback', appealAnswers, filedOn);
    // As the county-sealed appeal stores it: the category alone, whatever else the row carries.
    hall.db.prepare('UPDATE request SET answers = ? WHERE reference = ?').run(JSON.stringify({ category: 'staff-conduct' }), reference);
    const { fields } = open(hall, reference);
    expect(fields).toEqual([{ id: 'category', label: '类别', value: expect.any(String) as unknown as string }]);
  });

  test('says so when a sealed answer will not open, and never shows it or an answer the form does not know', () => {
    const hall = worklistHall(tempDir());
    const reference = hall.file('appeals-feedback', appealAnswers, filedOn);
    const answers = JSON.parse((hall.db.prepare('SELECT answers FROM request WHERE reference = ?').pluck().get(reference) as string)) as Record<string, string>;
    // Sealed for another request: the context does not match.
    answers.contactName = encryptField(hall.key, JSON.stringify('赵建国'), fieldContext('request', 'contactName', 'KA-482913-5'));
    answers.countyOnly = 'v1.abc.def';
    hall.db.prepare('UPDATE request SET answers = ? WHERE reference = ?').run(JSON.stringify(answers), reference);
    const { fields } = open(hall, reference);
    expect(fields.find((field) => field.id === 'contactName')?.value).toBe('（这一项打不开，请联系县里的技术人员）');
    expect(fields.map((field) => field.id)).not.toContain('countyOnly');
    expect(JSON.stringify(fields)).not.toContain('赵建国');
  });
});
