import { Check } from 'lucide-react';
import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { dateText } from '../../../electron/core/appointments/slot-text.ts';
import { slotAnswer } from '../../../electron/core/appointments/slot-answer.ts';
import type { OfferedDay } from '../../slot-offer.ts';

export interface SlotDayProps {
  day: OfferedDay;
  /** The chosen answer, "2026-12-01/morning". */
  value: unknown;
  onChoose: (answer: string) => void;
}

/**
 * One open day: its date, then 上午 and 下午 as big toggle buttons with the places left (accessibility.md:
 * choices are toggle buttons). A full half-day or day says 已约满 instead, and offers nothing to press.
 */
export function SlotDay({ day, value, onChoose }: SlotDayProps) {
  const { t } = useTranslation();
  const date = dateText(t, day.date);
  return (
    <div className="slot-day">
      <p className="slot-day__date">{date}</p>
      {day.full ? (
        <p className="slot-day__full">{t('appointments.picker.full')}</p>
      ) : (
        <div className="slot-day__halves">
          {day.halfDays.map(({ halfDay, free }) => {
            const halfDayName = t(`appointments.halfDay.${halfDay}`);
            if (free === 0) {
              return (
                <p key={halfDay} className="slot-day__full">
                  {t('appointments.picker.halfDayFull', { halfDay: halfDayName })}
                </p>
              );
            }
            const places = t('appointments.picker.placesLeft', { count: free });
            const answer = slotAnswer({ date: day.date, halfDay });
            return (
              <ToggleButton
                key={halfDay}
                className="kiosk-button kiosk-toggle slot-day__choice"
                aria-label={t('appointments.picker.choiceLabel', { date, halfDay: halfDayName, places })}
                isSelected={value === answer}
                onChange={() => onChoose(answer)}
              >
                <Check className="kiosk-toggle__check" aria-hidden focusable={false} />
                <span className="slot-day__half">{halfDayName}</span>
                <span className="slot-day__places">{places}</span>
              </ToggleButton>
            );
          })}
        </div>
      )}
    </div>
  );
}
