import { expect, test } from 'vitest';
import type { Question } from '../core/catalog/form.ts';
import { maskAccount } from '../core/identity/masks.ts';
import { maskResidentId } from '../core/identity/resident-id.ts';
import { returnReasonMaxLength } from '../core/worklist/transitions.ts';
import { createKioskI18n } from '../../renderer/i18n/create.ts';
import { demoConfig, shippedSeeds } from '../testing/kiosk-files.ts';
import { longestSpokenText } from './audio-routes.ts';

/**
 * Issue #16.4: how long a text the renderer may ask /api/audio/speak for. The longest is the check page
 * (CheckAnswersScreen), which reads every label and answer of a form as one text; each answer is taken at
 * its longest as AnswerText.tsx would show it. A seed or a string that grows past the margin fails here.
 */
const longestAnswer = (question: Question, locale: 'zh-CN' | 'en', t: (key: string) => string, longestBank: number): number => {
  switch (question.type) {
    case 'id-number':
      return maskResidentId('41010219460315123X').length;
    case 'name':
      // answers.ts: 20 Han characters, or 60 Latin letters.
      return locale === 'en' ? 60 : 20;
    case 'mobile':
      return 11;
    case 'choice':
      return Math.max(...question.choices.map((choice) => choice.label[locale].length));
    case 'yes-no':
      return Math.max(t('form.yes').length, t('form.no').length);
    case 'date':
      return '2026-12-08'.length;
    case 'number':
      return String(question.max).length + 1 + (question.unit?.[locale].length ?? 0);
    case 'short-text':
      return question.maxLength;
    case 'consent':
      return t('form.agreed').length;
    case 'payment-account':
      return Math.max(t('form.accountKinds.social-security-card').length, t('form.accountKinds.bank-card').length) + 1 + longestBank + 1 + maskAccount('6228480012345678901').length;
    case 'slot':
      // "Wednesday 30 September, afternoon" and its Chinese.
      return 40;
    default: {
      const unknown: never = question;
      throw new Error(`unknown question ${JSON.stringify(unknown)}`);
    }
  }
};

test('the speak cap is above the longest text a screen asks for, with a margin of a fifth', () => {
  const { banks } = demoConfig() as { banks: Record<'zh-CN' | 'en', string>[] };
  const lengths = (['zh-CN', 'en'] as const).flatMap((locale) => {
    const t = createKioskI18n(locale).t.bind(undefined) as (key: string) => string;
    const longestBank = Math.max(...banks.map((bank) => bank[locale].length));
    return shippedSeeds().flatMap((seed) => {
      const questions = seed.form?.questions ?? [];
      // `${label} ${answer}`, joined with 。
      const checkPage = questions.reduce((sum, question) => sum + question.question[locale].length + 1 + longestAnswer(question, locale, t, longestBank), 0) + questions.length - 1;
      return [{ what: `${locale} ${seed.id} check page`, length: checkPage }];
    });
  });
  lengths.push({ what: 'a return reason, read back at the enquiry', length: returnReasonMaxLength });
  const longest = lengths.reduce((a, b) => (b.length > a.length ? b : a));
  // Today: the English check page of home-visit, 773 characters.
  expect(longest.length * 1.2, `${longest.what}: ${longest.length}`).toBeLessThan(longestSpokenText);
});
