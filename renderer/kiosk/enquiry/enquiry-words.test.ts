import { describe, expect, test } from 'vitest';
import { CountyStatus } from '../../../electron/core/sync/county-payloads.ts';
import { WorkState } from '../../../electron/core/worklist/work-state.ts';
import { resources } from '../../i18n/resources.ts';
import type { EnquiryItem } from './enquiry-api.ts';
import { createKioskI18n } from '../../i18n/create.ts';
import { appointmentText, spokenItem, statusKeys } from './enquiry-words.ts';

const returned: EnquiryItem = {
  reference: 'KA-482913-5',
  serviceId: 'high-age-allowance',
  submittedOn: '2026-11-27',
  maskedName: '李*英',
  status: { source: 'hall', code: 'returned' },
  returnReason: '银行卡号与户名不一致',
};

describe('what the results screen says about a request', () => {
  test('on the loudspeaker: the service, the status words and the next step, never the name or the reason', () => {
    expect(spokenItem(returned, 'service.high-age-allowance.name', false)).toEqual([
      { id: 'service.high-age-allowance.name' },
      { id: 'enquiry.status.hall.returned' },
      { id: 'enquiry.next.hall.returned' },
    ]);
  });

  test('in headphones: also the masked name and the reason, as personal speech', () => {
    expect(spokenItem(returned, 'service.high-age-allowance.name', true)).toEqual([
      { id: 'service.high-age-allowance.name' },
      { id: 'enquiry.status.hall.returned' },
      { text: '李*英', personal: true },
      { text: '银行卡号与户名不一致', personal: true },
      { id: 'enquiry.next.hall.returned' },
    ]);
  });

  test('the county’s status and its own words come before the hall’s', () => {
    const approved: EnquiryItem = { ...returned, returnReason: undefined, status: { source: 'county', code: 'approved', countyText: '12月起按月发放' } };
    expect(statusKeys(approved)).toEqual({ status: 'enquiry.status.county.approved', next: 'enquiry.next.county.approved' });
    expect(spokenItem(approved, 'service.high-age-allowance.name', false)).toContainEqual({ text: '12月起按月发放' });
  });
});

describe('the enquiry’s words', () => {
  test('name every county status and hall state, with a next step, in every language', () => {
    const paths = [...CountyStatus.options.map((code) => ['county', code]), ...WorkState.options.map((code) => ['hall', code]), ['sealed', 'with-county']];
    for (const locale of ['zh-CN', 'en'] as const) {
      const { status, next } = resources[locale].translation.enquiry as unknown as Record<'status' | 'next', Record<string, Record<string, string>>>;
      for (const [source = '', code = ''] of paths) {
        expect(status[source]?.[code], `${locale} status ${source}.${code}`).toBeTruthy();
        expect(next[source]?.[code], `${locale} next ${source}.${code}`).toBeTruthy();
      }
    }
  });
});

describe('an appointment in the enquiry', () => {
  const t = createKioskI18n().t;
  const booked: EnquiryItem = { ...returned, returnReason: undefined, status: { source: 'hall', code: 'new' }, appointment: { state: 'booked', slot: { date: '2026-12-01', halfDay: 'morning' } } };

  test('says the half-day booked, and is spoken on the loudspeaker after the status', () => {
    const text = appointmentText(t, booked);
    expect(text).toBe('您预约的时间是12月1日 星期二 上午。');
    expect(spokenItem(booked, 'service.home-visit.name', false, text)).toEqual([
      { id: 'service.home-visit.name' },
      { id: 'enquiry.status.hall.new' },
      { text: '您预约的时间是12月1日 星期二 上午。' },
      { id: 'enquiry.next.hall.new' },
    ]);
  });

  test('says what staff changed, when they moved or cancelled it', () => {
    const moved: EnquiryItem = {
      ...booked,
      appointment: { state: 'booked', slot: { date: '2026-12-02', halfDay: 'afternoon' }, notice: { kind: 'moved', from: { date: '2026-12-01', halfDay: 'morning' }, to: { date: '2026-12-02', halfDay: 'afternoon' }, at: '2026-11-28T09:00:00.000Z' } },
    };
    expect(appointmentText(t, moved)).toContain('12月2日 星期三 下午');
    const slot = { date: '2026-12-01', halfDay: 'morning' } as const;
    const cancelled: EnquiryItem = { ...booked, appointment: { state: 'cancelled', slot, notice: { kind: 'cancelled', slot, at: '2026-11-28T09:00:00.000Z' } } };
    expect(appointmentText(t, cancelled)).toContain('取消');
    expect(appointmentText(t, { ...booked, appointment: undefined })).toBeUndefined();
  });
});
