import { describe, expect, test } from 'vitest';
import { enquiryStatus } from './enquiry-status.ts';

const hall = { countyStatus: null, countyStatusText: null, sealed: false };

describe('enquiryStatus', () => {
  test.each(['new', 'handling', 'entered', 'done', 'returned'] as const)('tells the hall state %s while the county has said nothing', (state) => {
    expect(enquiryStatus({ ...hall, status: state })).toEqual({ source: 'hall', code: state });
  });

  test('puts the county’s word first', () => {
    expect(enquiryStatus({ status: 'entered', countyStatus: 'completed', countyStatusText: null, sealed: false })).toEqual({ source: 'county', code: 'completed' });
  });

  test('never calls an unknown hall state done', () => {
    expect(enquiryStatus({ ...hall, status: 'archived' })).toEqual({ source: 'hall', code: 'handling' });
  });

  test('ignores a county status this kiosk does not know, rather than guessing', () => {
    expect(enquiryStatus({ ...hall, status: 'entered', countyStatus: 'paused' })).toEqual({ source: 'hall', code: 'entered' });
  });

  test('says only "with the county" for a sealed appeal', () => {
    expect(enquiryStatus({ status: 'done', countyStatus: 'rejected', countyStatusText: '不予受理', sealed: true })).toEqual({ source: 'sealed', code: 'with-county' });
  });
});
