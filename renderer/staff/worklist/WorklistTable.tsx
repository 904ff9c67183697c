import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../localised-text.ts';
import { clockTime } from '../time-text.ts';
import { StaffTable } from '../StaffTable.tsx';
import type { WorkItem } from './worklist-api.ts';

export interface WorklistTableProps {
  requests: readonly WorkItem[];
  openReference: string | undefined;
  onOpen: (reference: string) => void;
}

/** The day's date when it is not today, then the time: staff see at a glance what came in this morning. */
function submittedText(iso: string, language: string): string {
  const date = new Date(iso);
  const time = clockTime(iso, language);
  return date.toDateString() === new Date().toDateString() ? time : `${date.toLocaleDateString(language)} ${time}`;
}

/** The requests, masked (product.md, Privacy: lists show masked values); one opens with its full data. */
export function WorklistTable({ requests, openReference, onOpen }: WorklistTableProps) {
  const { t, i18n } = useTranslation();
  if (requests.length === 0) return <p>{t('worklist.empty')}</p>;
  return (
    <StaffTable caption={t('worklist.caption', { count: requests.length })} columns={[t('worklist.column.reference'), t('worklist.column.service'), t('worklist.column.submittedAt'), t('worklist.column.identity'), t('worklist.column.department'), t('worklist.column.status'), t('worklist.column.open')]} className="worklist__table">
      {requests.map((item) => (
        <tr key={item.reference} className={item.reference === openReference ? 'worklist__row--open' : undefined}>
          <th scope="row" className="worklist__reference">
            {item.reference}
          </th>
          <td>{inLanguage(item.serviceName, i18n.language)}</td>
          <td>{submittedText(item.createdAt, i18n.language)}</td>
          <td className="worklist__reference">{item.maskedIdentity ?? '—'}</td>
          <td>{t(`worklist.department.${item.department}`)}</td>
          <td>
            <span className={`worklist__status worklist__status--${item.status}`}>{t(`worklist.status.${item.status}`)}</span>
          </td>
          <td>
            <Button className="staff__button" aria-label={t('worklist.openLabel', { reference: item.reference })} onPress={() => onOpen(item.reference)}>
              {t('worklist.open')}
            </Button>
          </td>
        </tr>
      ))}
    </StaffTable>
  );
}
