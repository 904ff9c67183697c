import { useCallback, useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { failureText } from '../failure-text.ts';
import { inLanguage } from '../localised-text.ts';
import { clockTime } from '../time-text.ts';
import { useLoaded } from '../use-loaded.ts';
import { StaffTable } from '../StaffTable.tsx';
import { FormPrinting } from './FormPrinting.tsx';
import { WorkActions } from './WorkActions.tsx';
import { worklistApi } from './worklist-api.ts';
import type { WorkItem } from './worklist-api.ts';

export interface WorkDetailViewProps {
  reference: string;
  /** The request as the list shows it now: fresher than the detail when another console moved it. */
  listed: WorkItem | undefined;
  onOutcome: (text: string, changed: boolean) => void;
  onClose: () => void;
}

/**
 * One request in full, for the staff member typing it into the department's system: its answers in that
 * system's order, its state and the next steps, and its A4 form. Opening it is audited, so it is loaded
 * once per opening and again only after this console's own changes.
 */
export function WorkDetailView({ reference, listed, onOutcome, onClose }: WorkDetailViewProps) {
  const { t, i18n } = useTranslation();
  const load = useCallback(() => worklistApi.detail(reference, i18n.language), [reference, i18n.language]);
  const detail = useLoaded(load);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = detail.data?.request.reference === reference ? detail.data : undefined;
  const item = listed ?? shown?.request;
  const shownReference = shown?.request.reference;

  // The detail appears below the list: take the keyboard and the screen reader to it.
  useEffect(() => {
    if (shownReference) heading.current?.focus();
  }, [shownReference]);

  if (!shown || !item) return detail.failure ? <p className="staff__error">{detail.failure.message ?? failureText(t, detail.failure)}</p> : <p>{t('staff.loading')}</p>;
  const department = t(`worklist.department.${item.department}`);
  return (
    <section aria-labelledby="worklist-detail" className="worklist__detail">
      <h3 id="worklist-detail" ref={heading} tabIndex={-1}>
        {t('worklist.detail.heading', { service: inLanguage(item.serviceName, i18n.language), reference })}
      </h3>
      <p>
        <span className={`worklist__status worklist__status--${item.status}`}>{t(`worklist.status.${item.status}`)}</span>
        {item.handledBy && item.statusChangedAt && <> {t('worklist.detail.handledBy', { name: item.handledBy, time: clockTime(item.statusChangedAt, i18n.language) })}</>}
      </p>
      {item.departmentSerial && <p>{t('worklist.detail.serial', { serial: item.departmentSerial })}</p>}
      {item.returnReason && <p>{t('worklist.detail.returnReason', { reason: item.returnReason })}</p>}
      <p>{t('worklist.detail.explain', { department })}</p>
      <StaffTable caption={t('worklist.detail.caption')} className="worklist__fields">
        {shown.fields.map((field) => (
          <tr key={field.id}>
            <th scope="row">{field.label}</th>
            <td>{field.value}</td>
          </tr>
        ))}
      </StaffTable>
      {shown.filedBy && <p>{t('worklist.detail.filedByStaff')}</p>}
      <WorkActions
        item={item}
        onOutcome={(text, changed) => {
          onOutcome(text, changed);
          if (changed) detail.reload();
        }}
      />
      <FormPrinting reference={reference} onOutcome={(text) => onOutcome(text, false)} />
      <div>
        <Button className="staff__button" onPress={onClose}>
          {t('worklist.detail.close')}
        </Button>
      </div>
    </section>
  );
}
