import { useTranslation } from 'react-i18next';
import type { WaitingTicket } from '../staff-api.ts';
import { minutesSince, useNow } from '../time-text.ts';
import { StaffTable } from '../StaffTable.tsx';

export interface WaitingListProps {
  waiting: readonly WaitingTicket[];
  typeName: (letter: string) => string;
}

/** Who is waiting, in the order they will be called. Tickets carry no personal data, only numbers. */
export function WaitingList({ waiting, typeName }: WaitingListProps) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  if (waiting.length === 0) return <p>{t('staff.queue.nobodyWaiting')}</p>;
  return (
    <StaffTable caption={t('staff.queue.waitingCaption', { people: waiting.length })} columns={[t('staff.queue.column.number'), t('staff.queue.column.type'), t('staff.queue.column.priority'), t('staff.queue.column.waited')]}>
      {waiting.map((ticket) => (
        <tr key={ticket.number}>
          <th scope="row" className="staff__ticket-number">
            {ticket.number}
          </th>
          <td>{typeName(ticket.businessType)}</td>
          <td>{ticket.priority ? <span className="staff__badge">{t('staff.queue.priority')}</span> : t('staff.queue.notPriority')}</td>
          <td>{t('staff.queue.minutes', { minutes: minutesSince(ticket.issuedAt, now) })}</td>
        </tr>
      ))}
    </StaffTable>
  );
}
