import { Check } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../ui/Screen.tsx';
import { ScreenActions } from '../../ui/ScreenActions.tsx';
import type { TicketTaken } from './queue-api.ts';
import './queue.css';

export interface TicketScreenProps {
  taken: TicketTaken;
  onDone: () => void;
}

/**
 * The ticket: its number very large and read one character at a time (accessibility.md, Hearing: A012
 * is "A 零 一 二"), how many wait before, about how long, and whether the slip was printed. When the
 * printer failed, the number stays here until the resident presses 完成.
 */
export function TicketScreen({ taken, onDone }: TicketScreenProps) {
  const { t } = useTranslation();
  const { ticket, waitingAhead, estimatedWaitMinutes, printed } = taken;
  const wait = estimatedWaitMinutes > 0 ? t('queue.ticket.estimatedWait', { minutes: estimatedWaitMinutes }) : t('queue.ticket.soon');
  const printedKey = printed ? 'queue.ticket.printed' : 'queue.ticket.notPrinted';
  return (
    <Screen
      heading={t('queue.ticket.heading')}
      prompt={[
        { id: 'queue.ticket.heading' },
        { id: 'queue.ticket.numberIs' },
        { text: ticket.number, digitByDigit: true },
        ...(ticket.priority ? [{ id: 'queue.ticket.priority' }] : []),
        { id: 'queue.ticket.ahead' },
        { text: String(waitingAhead), digitByDigit: true },
        { id: 'queue.ticket.wait' },
        { text: wait },
        { id: printedKey },
        { id: 'queue.ticket.whatNext' },
      ]}
      onBack={onDone}
      actions={<ScreenActions onNext={onDone} nextLabel={t('queue.ticket.done')} nextIcon={<Check aria-hidden focusable={false} />} />}
    >
      <p>{t('queue.ticket.numberIs')}</p>
      <div className="ticket">
        <p className="ticket__number">{ticket.number}</p>
        {ticket.priority && <p className="ticket__priority">{t('queue.ticket.priority')}</p>}
      </div>
      {/* Right under the number: without a slip, the resident must remember it. */}
      <p className="service-notice">{t(printedKey)}</p>
      <p>
        {t('queue.ticket.ahead')}
        <strong>{waitingAhead}</strong>
      </p>
      <p>
        {t('queue.ticket.wait')}
        <strong>{wait}</strong>
      </p>
      <p>{t('queue.ticket.whatNext')}</p>
    </Screen>
  );
}
