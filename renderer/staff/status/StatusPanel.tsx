import { useTranslation } from 'react-i18next';
import { failureText } from '../failure-text.ts';
import { staffApi } from '../staff-api.ts';
import { useLoaded } from '../use-loaded.ts';
import { ConfigStatus } from './ConfigStatus.tsx';

/** What is wrong with the kiosk, in words staff understand: notices, the config, the service files. */
export function StatusPanel({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const { data: status, failure } = useLoaded(staffApi.status, refreshKey);
  const allGood = status && status.notices.length === 0 && status.config.problems.length === 0 && status.seedProblems.length === 0;
  return (
    <section aria-labelledby="staff-status" className="staff__panel">
      <h2 id="staff-status">{t('staff.status.heading')}</h2>
      {failure && <p className="staff__error">{failureText(t, failure)}</p>}
      {status && (
        <>
          {allGood && <p>{t('staff.status.allGood')}</p>}
          {status.notices.length > 0 && (
            <section aria-labelledby="staff-notices" className="staff__alert">
              <h3 id="staff-notices">{t('staff.notices.heading')}</h3>
              <ul>
                {status.notices.map((notice) => (
                  <li key={notice.id}>
                    <time dateTime={notice.createdAt}>{new Date(notice.createdAt).toLocaleString()}</time>{' '}
                    {t(`staff.notices.${notice.kind}`, notice.detail)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <ConfigStatus config={status.config} />
          {status.seedProblems.length > 0 && (
            <section aria-labelledby="staff-seeds" className="staff__alert">
              <h3 id="staff-seeds">{t('staff.seeds.heading')}</h3>
              <ul>
                {status.seedProblems.map((problem) => (
                  <li key={problem.file}>{t('staff.seeds.problem', problem)}</li>
                ))}
              </ul>
            </section>
          )}
          <p>{t('staff.status.consolesOnline', { count: status.staffConsolesOnline })}</p>
        </>
      )}
    </section>
  );
}
