import { useTranslation } from 'react-i18next';
import { failureText } from '../failure-text.ts';
import { inLanguage } from '../localised-text.ts';
import { staffApi } from '../staff-api.ts';
import type { KioskSettings } from '../../api.ts';
import { useLoaded } from '../use-loaded.ts';
import { WaitingList } from './WaitingList.tsx';
import { WindowCard } from './WindowCard.tsx';

export interface QueuePanelProps {
  refreshKey: number;
  businessTypes: KioskSettings['queue']['businessTypes'];
}

/** Calling numbers, per window (a one-window hall shows just its one window), and who is waiting. */
export function QueuePanel({ refreshKey, businessTypes }: QueuePanelProps) {
  const { t, i18n } = useTranslation();
  const queue = useLoaded(staffApi.queueWindows, refreshKey);
  const data = queue.data;
  const typeName = (letter: string) => {
    const type = businessTypes.find((each) => each.letter === letter);
    return type ? inLanguage(type.name, i18n.language) : letter;
  };
  return (
    <section aria-labelledby="staff-queue" className="staff__panel">
      <h2 id="staff-queue">{t('staff.queue.heading')}</h2>
      {data && (
        // Issue #20.1: the rule in the hall's words, with the hall's own numbers.
        <p className="staff__rule">
          {t(data.rule.normalCallsPerPriorityCall === 0 ? 'staff.queue.order.rulePriorityFirst' : 'staff.queue.order.rule', {
            count: data.rule.normalCallsPerPriorityCall,
            minutes: data.rule.maxNormalWaitMinutes,
          })}
        </p>
      )}
      {queue.failure && (
        <p role="alert" className="staff__error">
          {failureText(t, queue.failure)}
        </p>
      )}
      {data && (
        <>
          <div className="staff__windows">
            {data.windows.map((hallWindow) => (
              <WindowCard key={hallWindow.id} window={hallWindow} typeName={typeName} next={data.next} rule={data.rule} onChanged={queue.reload} />
            ))}
          </div>
          <h3>{t('staff.queue.waitingHeading')}</h3>
          <WaitingList waiting={data.waiting} typeName={typeName} />
        </>
      )}
    </section>
  );
}
