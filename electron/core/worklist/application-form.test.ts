import { describe, expect, test } from 'vitest';
import { createKioskI18n } from '../../../renderer/i18n/create.ts';
import { applicationFormHtml } from './application-form.ts';
import type { WorkDetail } from './work-detail.ts';

const i18n = createKioskI18n();
const t = i18n.t.bind(i18n);

const detail: WorkDetail = {
  item: {
    reference: 'KA-482913-5',
    serviceId: 'high-age-allowance',
    serviceName: { 'zh-CN': '高龄津贴申请', en: 'High-age allowance' },
    createdAt: new Date(2026, 10, 27, 9, 5).toISOString(),
    status: 'entered',
    department: 'civil-affairs',
    maskedIdentity: '4101**********1231',
    departmentSerial: 'MZ-2026-000123',
    returnReason: null,
    handledBy: 'demo-admin',
    statusChangedAt: null,
  },
  fields: [
    { id: 'idNumber', label: '身份证号码', value: '410102194603151231' },
    { id: 'agentName', label: '代办人姓名', value: '李秀英 <b>' },
  ],
  filedBy: null,
};

function form(overrides: Partial<Parameters<typeof applicationFormHtml>[0]> = {}) {
  return applicationFormHtml({ detail, hallName: '槐树湾村便民服务中心', locale: 'zh-CN', t, printedAt: new Date(2026, 10, 28, 10, 0), style: { inline: true }, ...overrides });
}

/** The form's words without markup, as a reader of the printed page sees them. */
function text(html: string): string {
  return html.replace(/<style>[^]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('the printed application form', () => {
  test('names the hall, the service, the reference, the department system and its 流水号, and the dates', () => {
    const words = text(form());
    for (const expected of ['槐树湾村便民服务中心', '高龄津贴申请申请表', '办理编号 KA-482913-5', '提交时间 2026-11-27 09:05', '录入系统 民政', '流水号 MZ-2026-000123', '打印日期：2026-11-28']) {
      expect(words).toContain(expected);
    }
  });

  test('holds every answer in full, in the order given, escaped', () => {
    const html = form();
    expect(text(html)).toMatch(/身份证号码 410102194603151231 代办人姓名 李秀英 &lt;b&gt;/);
    expect(html).not.toContain('<b>');
  });

  test('has boxes for the applicant’s signature or thumbprint and the staff member’s, each with a date', () => {
    const words = text(form());
    expect(words).toContain('申请人（或代办人）签字/按手印');
    expect(words).toContain('经办工作人员签字');
    expect(words.match(/日期： 年 月 日/g)).toHaveLength(2);
  });

  test('is A4, styled inline for Chromium or by the style file for the console', () => {
    expect(form()).toContain('@page { size: A4;');
    const linked = form({ style: { href: '/api/worklist/form.css' } });
    expect(linked).toContain('<link rel="stylesheet" href="/api/worklist/form.css">');
    expect(linked).not.toContain('<style>');
  });

  test('says when staff filed it for the resident, and reads in English', () => {
    expect(text(form({ detail: { ...detail, filedBy: '演示管理员' } }))).toContain('本表由工作人员代申请人在自助机上填写，申请人已同意。');
    const english = text(form({ locale: 'en', hallName: 'Huaishuwan Village Service Hall' }));
    expect(english).toContain('High-age allowance: application form');
    expect(english).toContain('Department system Civil affairs');
    expect(english).toContain('Signature or thumbprint of the applicant (or agent)');
  });
});
