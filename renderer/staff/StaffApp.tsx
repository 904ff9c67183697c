import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffStatus } from '../api.ts';
import { api } from '../api.ts';
import { useLiveEvents } from '../live.ts';
import { ConfigStatus } from './ConfigStatus.tsx';
import './staff.css';

/** The staff console. For now: the status page that says what is wrong, in words staff understand. */
export function StaffApp() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('staff.title');
  }, [t]);
  const [status, setStatus] = useState<StaffStatus>();
  const refresh = useCallback(() => {
    void api.staff.status.$get().then(async (response) => setStatus(await response.json()));
  }, []);
  useEffect(refresh, [refresh]);
  // Being connected is what tells the kiosk that staff can answer a call.
  useLiveEvents('staff', refresh);

  return (
    <main className="staff">
      <h1>{t('staff.title')}</h1>
      <h2>{t('staff.status.heading')}</h2>
      {status && (
        <>
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
    </main>
  );
}
