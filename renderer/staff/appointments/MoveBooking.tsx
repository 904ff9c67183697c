import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { slotText } from '../../../electron/core/appointments/slot-text.ts';
import type { Slot } from '../../../electron/core/appointments/slots.ts';
import { appointmentsApi } from './appointments-api.ts';
import type { Booking } from './appointments-api.ts';

export interface MoveBookingProps {
  booking: Booking;
  /** The first date to offer: the hall's tomorrow. */
  from: string;
  onMove: (to: Slot) => void;
  onClose: () => void;
}

/** The free half-days a booking can move to, as one button each; full ones are not offered. */
export function MoveBooking({ booking, from, onMove, onClose }: MoveBookingProps) {
  const { t } = useTranslation();
  const [free, setFree] = useState<Slot[]>();
  useEffect(() => {
    let current = true;
    void appointmentsApi.freeSlots(booking.serviceId, from).then((result) => {
      if (!current) return;
      const slots = result.ok ? result.days.flatMap((day) => day.halfDays.filter((place) => place.free > 0).map(({ halfDay }) => ({ date: day.date, halfDay }))) : [];
      setFree(slots.filter((slot) => slot.date !== booking.date || slot.halfDay !== booking.halfDay));
    });
    return () => {
      current = false;
    };
  }, [booking, from]);
  return (
    <div role="group" aria-label={t('appointments.staff.moveLabel', { reference: booking.reference })} className="staff__actions staff__move">
      {free?.length === 0 && <p>{t('appointments.staff.noFreeSlot')}</p>}
      {free?.map((slot) => (
        <Button key={`${slot.date}/${slot.halfDay}`} className="staff__button" onPress={() => onMove(slot)}>
          {t('appointments.staff.moveTo', { slot: slotText(t, slot) })}
        </Button>
      ))}
      <Button className="staff__button" onPress={onClose}>
        {t('appointments.staff.closeMove')}
      </Button>
    </div>
  );
}
