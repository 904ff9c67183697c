import { useTranslation } from 'react-i18next';
import type { Question } from '../../../electron/core/catalog/form.ts';
import type { PaymentAccount } from '../../../electron/core/applications/answers.ts';
import { maskAccount, maskMobile } from '../../../electron/core/identity/masks.ts';
import { maskResidentId } from '../../../electron/core/identity/resident-id.ts';
import { parseSlotAnswer } from '../../../electron/core/appointments/slot-answer.ts';
import { slotText } from '../../../electron/core/appointments/slot-text.ts';
import { seedNamespace } from '../../i18n/seed-texts.ts';

/** An answer as the check page shows it: ID, phone and account numbers masked, choices by their label. */
export function useAnswerText(countyFigures: Record<string, string | number>) {
  const { t } = useTranslation();
  return (question: Question, value: unknown): string => {
    if (value === undefined || value === '') return t('form.check.notAnswered');
    switch (question.type) {
      case 'id-number':
        return maskResidentId(String(value));
      case 'name':
      case 'short-text':
      case 'date':
        // The resident checks their own words here; numbers that identify them stay masked.
        return String(value);
      case 'mobile':
        return maskMobile(String(value));
      case 'payment-account': {
        const account = value as PaymentAccount;
        return `${t(`form.accountKinds.${account.kind}`)} ${account.bank} ${maskAccount(account.account)}`;
      }
      case 'choice': {
        const choice = question.choices.find((each) => each.value === value);
        return choice ? t(choice.label.id, { ns: seedNamespace, ...countyFigures }) : String(value);
      }
      case 'yes-no':
        return t(value === true ? 'form.yes' : 'form.no');
      case 'consent':
        return t('form.agreed');
      case 'slot': {
        const slot = parseSlotAnswer(value);
        return slot ? slotText(t, slot) : String(value);
      }
      case 'number':
        return question.unit ? `${String(value)} ${t(question.unit.id, { ns: seedNamespace })}` : String(value);
      default: {
        const unknown: never = question;
        return String(unknown);
      }
    }
  };
}
