import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { failureText } from '../failure-text.ts';
import { inLanguage } from '../localised-text.ts';
import { staffApi } from '../staff-api.ts';
import type { ApiResult, HallWindow, NextTicket, QueueRule } from '../staff-api.ts';
import { clockTime } from '../time-text.ts';

export interface WindowCardProps {
  window: HallWindow;
  typeName: (letter: string) => string;
  /** The ticket 叫下一位 will call, and why (issue #20.1); null when nobody waits. */
  next: NextTicket | null;
  rule: QueueRule;
  onChanged: () => void;
}

type Action = 'callNext' | 'recall' | 'skip' | 'finish';

/** One counter window: who is being served, and the four things staff do with the queue there. */
export function WindowCard({ window: hallWindow, typeName, next, rule, onChanged }: WindowCardProps) {
  const { t, i18n } = useTranslation();
  const [message, setMessage] = useState('');
  // Buttons stay enabled, so keyboard focus stays where staff left it; a press while one is on its way is ignored.
  const busy = useRef(false);
  const current = hallWindow.current;
  const headingId = `window-${hallWindow.id}`;
  const nextId = `window-${hallWindow.id}-next`;

  const run = async (action: Action) => {
    if (busy.current) return;
    busy.current = true;
    // Calling and recalling answer with the ticket; skipping and finishing act on the current one.
    const result: ApiResult<{ ticket?: { number: string } }> = await staffApi[action](hallWindow.id);
    busy.current = false;
    if (!result.ok) {
      setMessage(failureText(t, result));
    } else {
      setMessage(t(`staff.queue.done.${action}`, { number: result.ticket?.number ?? current?.number ?? '' }));
    }
    onChanged();
  };

  // Not disabled when there is nothing to do: the answer says so in words (nobody waiting, nobody being served).
  const actionButton = (action: Action) => (
    <Button
      className={`staff__button${action === 'callNext' ? ' staff__button--primary' : ''}`}
      aria-describedby={action === 'callNext' ? nextId : undefined}
      onPress={() => void run(action)}
    >
      {t(`staff.queue.action.${action}`)}
    </Button>
  );

  return (
    <section aria-labelledby={headingId} className="staff__window">
      <h3 id={headingId}>{inLanguage(hallWindow.name, i18n.language)}</h3>
      {current ? (
        <p className="staff__current">
          <span>{t('staff.queue.serving')}</span>
          <strong className="staff__ticket-number">{current.number}</strong>
          <span>
            {typeName(current.businessType)}
            {current.priority && <span className="staff__badge">{t('staff.queue.priority')}</span>}
          </span>
          <span>{t('staff.queue.calledAt', { time: clockTime(current.calledAt, i18n.language) })}</span>
        </p>
      ) : (
        <p className="staff__current">{t('staff.queue.nobodyServed')}</p>
      )}
      <p id={nextId} className="staff__next">
        {next
          ? t('staff.queue.order.next', {
              number: next.number,
              kind: t(`staff.queue.order.kind.${next.priority ? 'priority' : 'normal'}`),
              reason: t(`staff.queue.order.reason.${next.reason}`, { count: rule.normalCallsPerPriorityCall, minutes: rule.maxNormalWaitMinutes }),
            })
          : t('staff.queue.order.nextNobody')}
      </p>
      <div className="staff__actions">
        {actionButton('callNext')}
        {actionButton('recall')}
        {actionButton('skip')}
        {actionButton('finish')}
      </div>
      <p role="status" className="staff__message">
        {message}
      </p>
    </section>
  );
}
