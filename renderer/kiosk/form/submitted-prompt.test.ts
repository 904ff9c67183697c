import { describe, expect, test } from 'vitest';
import { shippedSeeds } from '../../../electron/testing/kiosk-files.ts';
import { resources } from '../../i18n/resources.ts';
import { submittedNotices, submittedPrompt } from './submitted-prompt.ts';

const form = shippedSeeds().find((seed) => seed.id === 'high-age-allowance')?.form;
if (!form) throw new Error('the shipped high-age allowance has a form');

describe('the confirmation after a resident submits', () => {
  test('says, and shows, that the request is saved and goes to the county once online, when the county is offline', () => {
    const facts = { reference: 'AB-123456-7', printed: true, countyOffline: true, form };
    expect(submittedNotices(facts)).toEqual(['form.done.printed', 'durability.submission.savedUntilOnline']);
    expect(submittedPrompt(facts)).toContainEqual({ id: 'durability.submission.savedUntilOnline' });
    expect(resources['zh-CN'].translation.durability.submission.savedUntilOnline).toBe('已保存，联网后自动提交。');
    expect(resources.en.translation.durability.submission.savedUntilOnline).toMatch(/^Saved\. It will be sent automatically/);
  });

  test('says nothing of it when the county is online, or the hall has no sync', () => {
    const facts = { reference: 'AB-123456-7', printed: false, countyOffline: false, form };
    expect(submittedNotices(facts)).toEqual(['form.done.notPrinted']);
    expect(submittedPrompt(facts).filter((item) => 'id' in item && item.id.startsWith('durability.'))).toEqual([]);
  });

  test('still reads the reference one character at a time, after the heading', () => {
    const prompt = submittedPrompt({ reference: 'AB-123456-7', printed: true, countyOffline: true, form });
    expect(prompt.slice(0, 3)).toEqual([{ id: 'form.done.heading' }, { id: 'form.done.referenceIs' }, { text: 'AB-123456-7', digitByDigit: true }]);
  });
});
