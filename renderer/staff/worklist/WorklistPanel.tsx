import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureText } from '../failure-text.ts';
import { useLoaded } from '../use-loaded.ts';
import { WorkDetailView } from './WorkDetailView.tsx';
import { WorklistFilters } from './WorklistFilters.tsx';
import { WorklistTable } from './WorklistTable.tsx';
import { worklistApi } from './worklist-api.ts';
import type { WorklistFilter } from './worklist-api.ts';
import './worklist.css';

/**
 * Issue #7: residents' requests as the hall's work. Staff carry each into its department's own system
 * (民政, 人社, 残联 …), record the 流水号 it gives, and close it; the list refreshes on every change.
 */
export function WorklistPanel({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<WorklistFilter>({ today: false, waiting: true, department: 'all' });
  const load = useCallback(() => worklistApi.list(filter), [filter]);
  const list = useLoaded(load, refreshKey);
  const [openReference, setOpenReference] = useState<string>();
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="staff-worklist" className="staff__panel">
      <h2 id="staff-worklist">{t('worklist.heading')}</h2>
      <p>{t('worklist.explain')}</p>
      <WorklistFilters filter={filter} onChange={setFilter} />
      {list.failure && <p className="staff__error">{failureText(t, list.failure)}</p>}
      {list.data && <WorklistTable requests={list.data.requests} openReference={openReference} onOpen={setOpenReference} />}
      <p role="status" className="staff__message">
        {message}
      </p>
      {openReference && (
        <WorkDetailView
          reference={openReference}
          listed={list.data?.requests.find((item) => item.reference === openReference)}
          onOutcome={(text, changed) => {
            setMessage(text);
            if (changed) list.reload();
          }}
          onClose={() => setOpenReference(undefined)}
        />
      )}
    </section>
  );
}
