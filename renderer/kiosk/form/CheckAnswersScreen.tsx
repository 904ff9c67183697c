import { Send } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../electron/core/catalog/form.ts';
import { seedNamespace } from '../../i18n/seed-texts.ts';
import { KioskButton } from '../../ui/KioskButton.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { ScreenActions } from '../../ui/ScreenActions.tsx';
import { useAnswerText } from './AnswerText.tsx';
import type { Draft } from './form-state.ts';
import './CheckAnswersScreen.css';

export interface CheckAnswersScreenProps {
  questions: readonly Question[];
  draft: Draft;
  countyFigures: Record<string, string | number>;
  /** Kind words for a resident who may not qualify; never a block. */
  eligibilityNotes: readonly string[];
  failure?: string;
  onChange: (questionId: string) => void;
  onBack: () => void;
  onSubmit: () => void;
}

/**
 * Check your answers (GOV.UK), with 修改 beside each. Everything on this page is the resident's own:
 * spoken in full only through headphones (accessibility.md, Hearing).
 */
export function CheckAnswersScreen({ questions, draft, countyFigures, eligibilityNotes, failure, onChange, onBack, onSubmit }: CheckAnswersScreenProps) {
  const { t } = useTranslation();
  const answerText = useAnswerText(countyFigures);
  const rows = questions.map((question) => ({ question, label: t(question.question.id, { ns: seedNamespace, ...countyFigures }), answer: answerText(question, draft[question.id]) }));
  return (
    <Screen
      heading={t('form.check.heading')}
      onBack={onBack}
      prompt={[
        { id: 'form.check.heading' },
        { text: rows.map((row) => `${row.label} ${row.answer}`).join('。'), personal: true },
        ...(failure ? [{ text: failure }] : []),
      ]}
      actions={<ScreenActions onBack={onBack} onNext={onSubmit} nextLabel={t('form.check.submit')} nextIcon={<Send aria-hidden focusable={false} />} />}
    >
      {failure && <p className="service-notice" role="alert">{failure}</p>}
      {eligibilityNotes.map((note) => (
        <p key={note} className="service-notice">
          {note} {t('form.check.askStaffAnyway')}
        </p>
      ))}
      <dl className="check-answers">
        {rows.map(({ question, label, answer }) => (
          <div key={question.id} className="check-answers__row">
            <dt>{label}</dt>
            <dd>{answer}</dd>
            <dd>
              <KioskButton aria-label={t('form.check.changeLabel', { question: label })} onPress={() => onChange(question.id)}>
                {t('form.check.change')}
              </KioskButton>
            </dd>
          </div>
        ))}
      </dl>
    </Screen>
  );
}
