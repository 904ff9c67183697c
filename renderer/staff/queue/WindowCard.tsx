import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { failureText } from '../failure-text.ts';
import { inLanguage } from '../localised-text.ts';
import { staffApi } from '../staff-api.ts';
import type { ApiResult, HallWindow } from '../staff-api.ts';
import { clockTime } from '../time-text.ts';

export interface WindowCardProps {
  window: HallWindow;
  typeName: (letter: string) => string;
  someoneWaiting: boolean;
  onChanged: () => void;
}

type Action = 'callNext' | 'recall' | 'skip' | 'finish';

/** One counter window: who is being served, and the four things staff do with the queue there. */
export function WindowCard({ window: hallWindow, typeName, someoneWaiting, onChanged }: WindowCardProps) {
  const { t, i18n } = useTranslation();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const current = hallWindow.current;
  const headingId = `window-${hallWindow.id}`;

  const run = async (action: Action) => {
    setBusy(true);
    // Calling and recalling answer with the ticket; skipping and finishing act on the current one.
    const result: ApiResult<{ ticket?: { number: string } }> = await staffApi[action](hallWindow.id);
    setBusy(false);
    if (!result.ok) {
      setMessage(failureText(t, result));
    } else {
      setMessage(t(`staff.queue.done.${action}`, { number: result.ticket?.number ?? current?.number ?? '' }));
    }
    onChanged();
  };

  const actionButton = (action: Action, enabled: boolean) => (
    <Button className={`staff__button${action === 'callNext' ? ' staff__button--primary' : ''}`} isDisabled={!enabled || busy} onPress={() => void run(action)}>
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
      <div className="staff__actions">
        {actionButton('callNext', someoneWaiting)}
        {actionButton('recall', current !== null)}
        {actionButton('skip', current !== null)}
        {actionButton('finish', current !== null)}
      </div>
      <p role="status" className="staff__message">
        {message}
      </p>
    </section>
  );
}
