import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SyncState } from '../../../electron/core/sync/index.ts';
import { failureText } from '../failure-text.ts';
import { staffApi } from '../staff-api.ts';
import { useLoaded } from '../use-loaded.ts';
import { StaffTable } from '../StaffTable.tsx';

/**
 * Issue #6, Staff console: which requests reached the county, and a retry for those the county refused.
 * Without sync switched on, requests stay on the hall's own worklist, and the panel says so.
 */
export function SyncPanel({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const sync = useLoaded(staffApi.syncState, refreshKey);
  const [message, setMessage] = useState('');
  const retry = async (reference: string) => {
    const result = await staffApi.retrySync(reference);
    setMessage(result.ok ? t('staff.sync.retried', { reference }) : failureText(t, result));
    sync.reload();
  };
  const state: SyncState | undefined = sync.data;
  return (
    <section aria-labelledby="staff-sync" className="staff__panel">
      <h2 id="staff-sync">{t('staff.sync.heading')}</h2>
      {state && !state.enabled && <p>{t('staff.sync.off')}</p>}
      {state?.enabled && (
        <>
          <p>{state.online ? t('staff.sync.online') : t('staff.sync.offline')}</p>
          <p>{t('staff.sync.pending', { count: state.pending })}</p>
          {state.needsAttention.length === 0 ? (
            <p>{t('staff.sync.allSent')}</p>
          ) : (
            <StaffTable caption={t('staff.sync.needsAttention')} columns={[t('staff.sync.reference'), t('staff.sync.reason'), t('staff.sync.attempts'), t('staff.sync.action')]}>
              {state.needsAttention.map((row) => (
                <tr key={row.reference}>
                  <th scope="row">{row.reference}</th>
                  <td>{row.reason}</td>
                  <td>{row.attempts}</td>
                  <td>
                    <Button className="staff__button" onPress={() => void retry(row.reference)}>
                      {t('staff.sync.retry')}
                    </Button>
                  </td>
                </tr>
              ))}
            </StaffTable>
          )}
        </>
      )}
      <p role="status" className="staff__message">
        {message}
      </p>
    </section>
  );
}
