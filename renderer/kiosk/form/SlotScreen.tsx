import { Check } from 'lucide-react';
import { useEffect, useState } from 'react';
import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../electron/core/catalog/form.ts';
import { dateText, slotText } from '../../../electron/core/appointments/slot-text.ts';
import { slotAnswer } from '../../../electron/core/appointments/slot-answer.ts';
import { seedNamespace } from '../../i18n/seed-texts.ts';
import { KioskButton } from '../../ui/KioskButton.tsx';
import type { SpeechItem } from '../../voice/speech-player.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { ScreenActions } from '../../ui/ScreenActions.tsx';
import { SlotDay } from './SlotDay.tsx';
import { fetchSlots } from './slots-api.ts';
import type { SlotOffer } from '../../slot-offer.ts';
import './SlotScreen.css';

export interface SlotScreenProps {
  question: Extract<Question, { type: 'slot' }>;
  serviceId: string;
  value: unknown;
  error?: string;
  /** Said first: the half-day the resident chose was taken while they finished the form. */
  notice?: string;
  countyFigures: Record<string, string | number>;
  onChange: (value: unknown) => void;
  onBack: () => void;
  onContinue: () => void;
}

/**
 * A half-day to come in or be visited (issue #7): the next open days with 上午 and 下午 as toggle
 * buttons and the places left. Closed days and holidays are never listed; a full day says 已约满, and the
 * screen says and offers the next half-day with a place.
 */
export function SlotScreen({ question, serviceId, value, error, notice, countyFigures, onChange, onBack, onContinue }: SlotScreenProps) {
  const { t, i18n } = useTranslation();
  const [offer, setOffer] = useState<SlotOffer | 'unavailable'>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    void fetchSlots(serviceId).then((answer) => current && setOffer(answer));
    return () => {
      current = false;
    };
  }, [serviceId, attempt]);
  const retry = () => {
    setOffer(undefined);
    setAttempt((count) => count + 1);
  };

  const seedText = (id: string) => t(id, { ns: seedNamespace, ...countyFigures });
  const heading = seedText(question.question.id);
  const loaded = typeof offer === 'object' ? offer : undefined;
  const next = loaded?.next ?? undefined;
  const firstDay = loaded?.days[0];
  const nextPlaces = next && loaded?.days.find((day) => day.date === next.date)?.halfDays.find((place) => place.halfDay === next.halfDay)?.free;

  const summary: string[] = [];
  if (firstDay?.full) summary.push(t('appointments.picker.firstFull', { date: dateText(t, firstDay.date) }));
  if (next && nextPlaces) summary.push(t('appointments.picker.nextFreeWithPlaces', { slot: slotText(t, next), places: t('appointments.picker.placesLeft', { count: nextPlaces }) }));
  else if (next) summary.push(t('appointments.picker.nextFree', { slot: slotText(t, next) }));
  else if (loaded) summary.push(t('appointments.picker.noneFree'));

  const prompt: SpeechItem[] = error
    ? [{ id: 'form.errorSummary' }, { text: error }]
    : [...(notice ? [{ text: notice }] : []), { id: question.question.id }, ...(question.hint ? [{ id: question.hint.id }] : []), ...summary.map((text) => ({ text }))];

  return (
    <Screen
      heading={heading}
      onBack={onBack}
      hasError={error !== undefined}
      prompt={prompt}
      actions={<ScreenActions onBack={onBack} onNext={onContinue} />}
    >
      {error && <ErrorSummary problems={[error]} />}
      {notice && (
        <p className="service-notice" role="alert">
          {notice}
        </p>
      )}
      {question.hint && <p>{seedText(question.hint.id)}</p>}
      {offer === undefined && <p role="status">{t('appointments.picker.loading')}</p>}
      {offer === 'unavailable' && (
        <>
          <p className="service-notice">{t('appointments.picker.unavailable')}</p>
          <KioskButton onPress={retry}>{t('appointments.picker.retry')}</KioskButton>
        </>
      )}
      {loaded && (firstDay?.full || !next) && (
        <div className="service-notice slot-offer">
          <p>{summary.join(i18n.language === 'en' ? ' ' : '')}</p>
          {next && (
            <ToggleButton className="kiosk-button kiosk-toggle slot-day__choice" isSelected={value === slotAnswer(next)} onChange={() => onChange(slotAnswer(next))}>
              <Check className="kiosk-toggle__check" aria-hidden focusable={false} />
              {t('appointments.picker.takeNextFree', { slot: slotText(t, next) })}
            </ToggleButton>
          )}
        </div>
      )}
      {loaded && (
        <div role="group" aria-label={t('appointments.picker.listLabel')} className="slot-days">
          {loaded.days.map((day) => (
            <SlotDay key={day.date} day={day} value={value} onChoose={onChange} />
          ))}
        </div>
      )}
    </Screen>
  );
}
