import { Suspense, lazy } from 'react';
import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../electron/core/catalog/form.ts';
import type { PaymentAccount } from '../../../electron/core/applications/answers.ts';
import { Keypad, phoneKeys } from '../../ui/Keypad.tsx';
import { KeyboardField } from '../../ui/KeyboardField.tsx';
import { KeypadField } from '../../ui/KeypadField.tsx';
import { seedNamespace } from '../../i18n/seed-texts.ts';
import type { KioskSettings } from '../../api.ts';
import type { SpeechItem } from '../../voice/speech-player.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { ScreenActions } from '../../ui/ScreenActions.tsx';
import './QuestionScreen.css';

/** Every question type but the ID number and the slot, which have their own pages (IdNumberScreen with the card reader, SlotScreen). */
export type NonIdQuestion = Exclude<Question, { type: 'id-number' | 'slot' }>;

export interface QuestionScreenProps {
  question: NonIdQuestion;
  value: unknown;
  error?: string;
  countyFigures: Record<string, string | number>;
  banks: KioskSettings['banks'];
  onChange: (value: unknown) => void;
  onBack: () => void;
  onContinue: () => void;
}

/** A 社保卡 (with its bank account) or a bank card; the 社保卡 first, as most allowances are paid to it. */
const accountKinds = ['social-security-card', 'bank-card'] as const;

/** The pinyin keyboard and its character table load only when a name or text question shows: the first screens stay small. */
const PinyinKeyboard = lazy(() => import('../../ui/PinyinKeyboard.tsx').then((module) => ({ default: module.PinyinKeyboard })));

/** Keypad lengths: mobile 11, a household count 3, a date as 8 digits, an account up to 30. */
const keypadLength = { mobile: 11, number: 3, date: 8, 'payment-account': 30 } as const;

/** One question on one page (GOV.UK), drawn for its type with the kiosk's tiles and keypads. */
export function QuestionScreen({ question, value, error, countyFigures, banks, onChange, onBack, onContinue }: QuestionScreenProps) {
  const { t, i18n } = useTranslation();
  const seedText = (id: string) => t(id, { ns: seedNamespace, ...countyFigures });
  const heading = seedText(question.question.id);
  const hint = question.hint ? seedText(question.hint.id) : '';
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';

  const toggle = (label: string, selected: boolean, choose: () => void, key: string) => (
    <ToggleButton key={key} className="kiosk-button kiosk-toggle question__choice" isSelected={selected} onChange={choose}>
      {label}
    </ToggleButton>
  );

  let body;
  let aside;
  /** What to do, said after the question: on the pinyin keyboard, how it works. */
  let howTo: SpeechItem[] = [];
  switch (question.type) {
    case 'choice':
      body = <div className="question__choices">{question.choices.map((choice) => toggle(seedText(choice.label.id), value === choice.value, () => onChange(choice.value), choice.value))}</div>;
      break;
    case 'yes-no':
      body = <div className="question__choices">{[true, false].map((answer) => toggle(t(answer ? 'form.yes' : 'form.no'), value === answer, () => onChange(answer), String(answer)))}</div>;
      break;
    case 'consent':
      body = (
        <>
          <p className="question__statement">{seedText(question.statement.id)}</p>
          <div className="question__choices">{toggle(t('form.agree'), value === true, () => onChange(value !== true), 'agree')}</div>
        </>
      );
      break;
    case 'name':
    case 'short-text': {
      const text = typeof value === 'string' ? value : '';
      const maxLength = question.type === 'short-text' ? question.maxLength : undefined;
      body = <KeyboardField label={heading} hint={hint} value={text} multiline={question.type === 'short-text'} maxLength={maxLength} error={error} onChange={onChange} />;
      aside = (
        <Suspense fallback={null}>
          <PinyinKeyboard kind={question.type} value={text} maxLength={maxLength} onChange={onChange} />
        </Suspense>
      );
      // The keyboard starts on pinyin in Chinese (on letters in English, which needs no telling).
      if (language === 'zh-CN') howTo = [{ id: 'keyboard.typeHint' }];
      break;
    }
    case 'mobile':
    case 'number':
    case 'date':
    case 'payment-account': {
      const account = question.type === 'payment-account' ? ((value as Partial<PaymentAccount> | undefined) ?? {}) : undefined;
      const digits = account ? (account.account ?? '') : question.type === 'number' ? (value === undefined ? '' : String(value)) : typeof value === 'string' ? value.replaceAll('-', '') : '';
      const setDigits = (next: string) => {
        if (account) onChange({ kind: account.kind ?? 'social-security-card', bank: account.bank ?? '', account: next });
        else if (question.type === 'number') onChange(next === '' ? undefined : Number(next));
        else if (question.type === 'date') onChange(next.length === 8 ? `${next.slice(0, 4)}-${next.slice(4, 6)}-${next.slice(6)}` : next);
        else onChange(next);
      };
      const maxLength = keypadLength[question.type];
      const label = question.type === 'payment-account' ? t('form.account') : heading;
      body = (
        <>
          {account && (
            <>
              <div role="group" aria-label={t('form.accountKind')} className="question__choices">
                {accountKinds.map((kind) => toggle(t(`form.accountKinds.${kind}`), (account.kind ?? 'social-security-card') === kind, () => onChange({ ...account, kind }), kind))}
              </div>
              <div role="group" aria-label={t('form.bank')} className="question__choices">
                {banks.map((bank) => toggle(bank[language], account.bank === bank['zh-CN'], () => onChange({ ...account, kind: account.kind ?? 'social-security-card', bank: bank['zh-CN'] }), bank['zh-CN']))}
              </div>
            </>
          )}
          <KeypadField label={label} hint={hint} value={digits} maxLength={maxLength} allowed={/[0-9]/} error={error} onChange={setDigits} />
        </>
      );
      aside = (
        <Keypad
          keys={phoneKeys}
          label={t('keypad.label', { field: label })}
          onKey={(key) => setDigits((digits + key).slice(0, maxLength))}
          onDeleteOne={() => setDigits(digits.slice(0, -1))}
          onClear={() => setDigits('')}
        />
      );
      break;
    }
    default: {
      const unknown: never = question;
      throw new Error(`unknown question ${JSON.stringify(unknown)}`);
    }
  }

  return (
    <Screen
      heading={heading}
      onBack={onBack}
      hasError={error !== undefined}
      prompt={error ? [{ id: 'form.errorSummary' }, { text: error }] : [{ id: question.question.id }, ...(question.hint ? [{ id: question.hint.id }] : []), ...howTo]}
      aside={aside}
      actions={<ScreenActions onBack={onBack} onNext={onContinue} />}
    >
      {error && <ErrorSummary problems={[error]} />}
      {hint && !aside && <p>{hint}</p>}
      {body}
    </Screen>
  );
}
