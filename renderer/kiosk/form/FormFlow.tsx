import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAnswer } from '../../../electron/core/applications/answers.ts';
import type { AnswerError } from '../../../electron/core/applications/answers.ts';
import type { ServiceForm } from '../../../electron/core/catalog/form.ts';
import { parseSlotAnswer } from '../../../electron/core/appointments/slot-answer.ts';
import type { Slot } from '../../../electron/core/appointments/slots.ts';
import { ageOn, validateResidentId } from '../../../electron/core/identity/resident-id.ts';
import { api } from '../../api.ts';
import type { CatalogService, KioskSettings } from '../../api.ts';
import { seedNamespace } from '../../i18n/seed-texts.ts';
import { useHelpWhere } from '../help/help-where.ts';
import { IdNumberScreen } from '../IdNumberScreen.tsx';
import { CheckAnswersScreen } from './CheckAnswersScreen.tsx';
import { askedQuestions } from './form-state.ts';
import type { Draft } from './form-state.ts';
import { ProxyConsentScreen } from './ProxyConsentScreen.tsx';
import { QuestionScreen } from './QuestionScreen.tsx';
import { slotTakenText } from './slot-taken.ts';
import { SlotScreen } from './SlotScreen.tsx';
import { SubmittedScreen } from './SubmittedScreen.tsx';

type Position = { at: 'proxy-consent' } | { at: 'question'; index: number } | { at: 'check' } | { at: 'done'; reference: string; printed: boolean; countyOffline: boolean };

export interface FormFlowProps {
  service: CatalogService & { form: ServiceForm };
  settings: KioskSettings;
  countyFigures: Record<string, string | number>;
  draft: Draft;
  onDraftChange: (draft: Draft) => void;
  /** Back from the first question: the service's description. */
  onLeave: () => void;
  /** Staff are filing on the resident's behalf (代办): the resident's consent comes first. */
  proxy?: { staffName: string };
}

/** A guided application: one question per page, check answers with 修改, submit, confirmation. */
export function FormFlow({ service, settings, countyFigures, draft, onDraftChange, onLeave, proxy }: FormFlowProps) {
  const { t, i18n } = useTranslation();
  const [position, setPosition] = useState<Position>(proxy ? { at: 'proxy-consent' } : { at: 'question', index: 0 });
  const [returnToCheck, setReturnToCheck] = useState(false);
  const [error, setError] = useState<AnswerError>();
  const [failure, setFailure] = useState<string>();
  /** The half-day chosen was taken by someone else while this resident finished (issue #7). */
  const [slotTaken, setSlotTaken] = useState<string>();
  const [consent, setConsent] = useState({ agreed: false, missing: false });
  const questions = askedQuestions(service.form, draft);
  useHelpWhere(`form:${service.id}:${position.at === 'question' ? (questions[position.index]?.id ?? 'question') : position.at}`);

  const go = (next: Position) => {
    setError(undefined);
    setSlotTaken(undefined);
    setPosition(next);
  };

  if (position.at === 'done') {
    return <SubmittedScreen reference={position.reference} printed={position.printed} countyOffline={position.countyOffline} form={service.form} countyFigures={countyFigures} filedBy={proxy?.staffName} />;
  }

  // Without staff (handed back meanwhile), the consent step is no longer asked.
  if (position.at === 'proxy-consent' && proxy) {
    return (
      <ProxyConsentScreen
        staffName={proxy.staffName}
        agreed={consent.agreed}
        missing={consent.missing}
        onAgree={(agreed) => setConsent({ agreed, missing: false })}
        onBack={onLeave}
        onContinue={() => (consent.agreed ? go({ at: 'question', index: 0 }) : setConsent({ agreed: false, missing: true }))}
      />
    );
  }

  if (position.at === 'check') {
    const notes = eligibilityNotes();
    return (
      <CheckAnswersScreen
        questions={questions}
        draft={draft}
        countyFigures={countyFigures}
        eligibilityNotes={notes}
        failure={failure}
        onChange={(questionId) => {
          setReturnToCheck(true);
          go({ at: 'question', index: questions.findIndex((question) => question.id === questionId) });
        }}
        onBack={() => go({ at: 'question', index: questions.length - 1 })}
        onSubmit={() => void submit()}
      />
    );
  }

  const index = position.at === 'question' ? position.index : 0;
  const question = questions[index];
  if (!question) return null;
  const setAnswer = (value: unknown) => {
    setError(undefined);
    onDraftChange({ ...draft, [question.id]: value });
  };
  const first = () => (proxy ? go({ at: 'proxy-consent' }) : onLeave());
  const back = () => (index === 0 ? first() : go({ at: 'question', index: index - 1 }));
  const goOn = () => {
    const value = draft[question.id];
    if (value === undefined || value === '') {
      if (!question.optional) return setError('missing');
    } else {
      const check = checkAnswer(question, value, { banks: settings.banks.map((bank) => bank['zh-CN']) });
      if (!check.ok) return setError(check.error);
    }
    advance(draft);
  };
  const advance = (answered: Draft) => {
    // Asked questions may change with this answer (a condition), so count them again.
    const nowAsked = askedQuestions(service.form, answered);
    const next = nowAsked.findIndex((each) => each.id === question.id) + 1;
    if (returnToCheck || next >= nowAsked.length) {
      setReturnToCheck(false);
      go({ at: 'check' });
    } else {
      go({ at: 'question', index: next });
    }
  };

  if (question.type === 'slot') {
    return (
      <SlotScreen
        key={question.id}
        question={question}
        serviceId={service.id}
        value={draft[question.id]}
        error={error && t(`form.errors.${error}`)}
        notice={slotTaken}
        countyFigures={countyFigures}
        onChange={setAnswer}
        onBack={back}
        onContinue={goOn}
      />
    );
  }
  if (question.type === 'id-number') {
    return (
      <IdNumberScreen
        key={question.id}
        value={typeof draft[question.id] === 'string' ? (draft[question.id] as string) : ''}
        onChange={setAnswer}
        onBack={back}
        onValid={(facts) => {
          const answered = { ...draft, [question.id]: facts.idNumber };
          onDraftChange(answered);
          advance(answered);
        }}
      />
    );
  }
  return (
    <QuestionScreen
      key={question.id}
      question={question}
      value={draft[question.id]}
      error={error && t(`form.errors.${error}`)}
      countyFigures={countyFigures}
      banks={settings.banks}
      onChange={setAnswer}
      onBack={back}
      onContinue={goOn}
    />
  );

  function eligibilityNotes(): string[] {
    const idQuestion = service.form.questions.find((each) => each.type === 'id-number');
    const idNumber = idQuestion ? draft[idQuestion.id] : undefined;
    const facts = typeof idNumber === 'string' ? validateResidentId(idNumber) : undefined;
    if (!facts?.ok) return [];
    return service.form.eligibility
      .filter((rule) => ageOn(facts.facts.birthDate) < Number(countyFigures[rule.figure]))
      .map((rule) => t(rule.message.id, { ns: seedNamespace, ...countyFigures }));
  }

  /**
   * Someone took the last place meanwhile: nothing was saved. Every other answer is kept; the taken
   * half-day is cleared, and the resident is back on the slot page, told why, with the next free one offered.
   */
  function offerAnotherSlot(next: Slot | undefined): void {
    const slotQuestion = questions.find((each) => each.type === 'slot');
    if (!slotQuestion) return setFailure(t('form.check.failed'));
    const taken = parseSlotAnswer(draft[slotQuestion.id]);
    onDraftChange({ ...draft, [slotQuestion.id]: undefined });
    setReturnToCheck(true);
    go({ at: 'question', index: questions.indexOf(slotQuestion) });
    setSlotTaken(slotTakenText(t, taken, next));
  }

  async function submit(): Promise<void> {
    setFailure(undefined);
    try {
      const request = { serviceId: service.id, locale: i18n.language === 'en' ? ('en' as const) : ('zh-CN' as const), answers: draft };
      // Filing for a resident: the backend records the staff member (from their session) and this consent.
      const json: typeof request & { proxy?: { consent: true } } = proxy ? { ...request, proxy: { consent: true } } : request;
      const response = await api.applications.$post({ json });
      const body = await response.json();
      if (body.ok) {
        onDraftChange({});
        go({ at: 'done', reference: body.reference, printed: body.printed, countyOffline: body.countyOffline });
        return;
      }
      if (body.error === 'slot-taken') return offerAnotherSlot(body.next);
      setFailure(t('form.check.failed'));
    } catch {
      setFailure(t('form.check.failed'));
    }
  }
}
