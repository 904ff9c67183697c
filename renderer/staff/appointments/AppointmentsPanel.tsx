import { Fragment, useCallback, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../electron/core/appointments/calendar.ts';
import { dateText, slotText } from '../../../electron/core/appointments/slot-text.ts';
import type { Slot } from '../../../electron/core/appointments/slots.ts';
import { hallDay } from '../../../electron/core/queue/hall-day.ts';
import type { CatalogService } from '../../api.ts';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { inLanguage } from '../localised-text.ts';
import { StaffTable } from '../StaffTable.tsx';
import type { ApiFailure } from '../staff-api.ts';
import { useLoaded } from '../use-loaded.ts';
import { appointmentsApi } from './appointments-api.ts';
import type { Booking } from './appointments-api.ts';
import { MoveBooking } from './MoveBooking.tsx';

const explained = ['slot-taken', 'not-booked', 'not-found'] as const;

/**
 * Issue #7: a day's bookings, with the resident masked, and cancel or move for each. Either is audited,
 * and the resident hears of it the next time they ask about their request.
 */
export function AppointmentsPanel({ services, refreshKey }: { services: readonly CatalogService[]; refreshKey: number }) {
  const { t, i18n } = useTranslation();
  const today = hallDay(new Date());
  const [date, setDate] = useState(today);
  const [moving, setMoving] = useState<number>();
  const [message, setMessage] = useState('');
  const load = useCallback(() => appointmentsApi.bookingsOn(date), [date]);
  const bookings = useLoaded(load, refreshKey);
  const serviceName = (id: string) => {
    const service = services.find((each) => each.id === id);
    return service ? inLanguage(service.name, i18n.language) : id;
  };
  const failed = (failure: ApiFailure) =>
    t(`appointments.staff.failed.${(explained as readonly string[]).includes(failure.error) ? failure.error : 'other'}`);
  const cancel = async (booking: Booking) => {
    const result = await appointmentsApi.cancel(booking.id);
    setMessage(result.ok ? t('appointments.staff.cancelled', { reference: booking.reference }) : failed(result));
    bookings.reload();
  };
  const move = async (booking: Booking, to: Slot) => {
    const result = await appointmentsApi.move(booking.id, to);
    setMessage(result.ok ? t('appointments.staff.moved', { reference: booking.reference, slot: slotText(t, to) }) : failed(result));
    setMoving(undefined);
    bookings.reload();
  };
  const rows = bookings.data?.date === date ? bookings.data.bookings : [];
  const caption = t('appointments.staff.caption', { date: dateText(t, date) });

  return (
    <section aria-labelledby="staff-appointments" className="staff__panel">
      <h2 id="staff-appointments">{t('appointments.staff.heading')}</h2>
      <div className="staff__actions">
        <Button className="staff__button" onPress={() => setDate(addDays(date, -1))}>
          {t('appointments.staff.previousDay')}
        </Button>
        <strong aria-live="polite">{dateText(t, date)}</strong>
        <Button className="staff__button" onPress={() => setDate(addDays(date, 1))}>
          {t('appointments.staff.nextDay')}
        </Button>
      </div>
      {rows.length === 0 ? (
        <p>{t('appointments.staff.none')}</p>
      ) : (
        <StaffTable caption={caption} columns={[t('appointments.staff.halfDay'), t('appointments.staff.service'), t('appointments.staff.reference'), t('appointments.staff.who'), t('appointments.staff.action')]}>
          {rows.map((booking) => (
            <Fragment key={booking.id}>
              <tr>
                <td>{t(`appointments.halfDay.${booking.halfDay}`)}</td>
                <td>{serviceName(booking.serviceId)}</td>
                <th scope="row">{booking.reference}</th>
                <td>{booking.who}</td>
                <td>
                  <div className="staff__actions">
                    <ConfirmButton
                      label={t('appointments.staff.cancel')}
                      question={t('appointments.staff.cancelQuestion', { reference: booking.reference })}
                      detail={t('appointments.staff.cancelDetail')}
                      confirmLabel={t('appointments.staff.cancelConfirm')}
                      onConfirm={() => void cancel(booking)}
                    />
                    <Button className="staff__button" onPress={() => setMoving(moving === booking.id ? undefined : booking.id)}>
                      {t('appointments.staff.move')}
                    </Button>
                  </div>
                </td>
              </tr>
              {moving === booking.id && (
                <tr>
                  <td colSpan={5}>
                    <MoveBooking booking={booking} from={addDays(today, 1)} onMove={(to) => void move(booking, to)} onClose={() => setMoving(undefined)} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </StaffTable>
      )}
      <p role="status" className="staff__message">
        {message}
      </p>
    </section>
  );
}
