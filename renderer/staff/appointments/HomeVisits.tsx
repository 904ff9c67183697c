import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../electron/core/appointments/calendar.ts';
import { dateText, slotText } from '../../../electron/core/appointments/slot-text.ts';
import { hallDay } from '../../../electron/core/queue/hall-day.ts';
import type { CatalogService } from '../../api.ts';
import { failureText } from '../failure-text.ts';
import { inLanguage } from '../localised-text.ts';
import { StaffTable } from '../StaffTable.tsx';
import { appointmentsApi } from './appointments-api.ts';
import type { HomeVisitList } from './appointments-api.ts';

/** How many days of visits the list covers: a week's rounds. */
const visitDays = 7;

export interface HomeVisitsProps {
  /** The home-visit service, for its answers' words. */
  service: CatalogService | undefined;
  countyFigures: Readonly<Record<string, string | number>>;
}

/**
 * product.md, 上门服务: the week's home visits for the staff who go, with the village address. The
 * addresses are opened only when asked for, by a signed-in staff member, and each opening is audited.
 */
export function HomeVisits({ service, countyFigures }: HomeVisitsProps) {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState<HomeVisitList>();
  const [message, setMessage] = useState('');
  const from = hallDay(new Date());
  const open = async () => {
    const result = await appointmentsApi.homeVisits(from, addDays(from, visitDays - 1));
    if (result.ok) setList(result);
    setMessage(result.ok ? '' : failureText(t, result));
  };
  /** A choice's words as the resident saw them, county figures filled in. */
  const choiceText = (questionId: string, value: string | undefined) => {
    const question = service?.form?.questions.find((each) => each.id === questionId);
    const choice = question?.type === 'choice' ? question.choices.find((each) => each.value === value) : undefined;
    if (!choice) return value ?? '';
    return inLanguage(choice.label, i18n.language).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(countyFigures[name] ?? ''));
  };
  return (
    <section aria-labelledby="staff-home-visits" className="staff__panel">
      <h2 id="staff-home-visits">{t('appointments.staff.visits.heading')}</h2>
      {!list && (
        <>
          <p>{t('appointments.staff.visits.why')}</p>
          <Button className="staff__button" onPress={() => void open()}>
            {t('appointments.staff.visits.show')}
          </Button>
        </>
      )}
      {list && list.visits.length === 0 && <p>{t('appointments.staff.visits.none')}</p>}
      {list && list.visits.length > 0 && (
        <StaffTable caption={t('appointments.staff.visits.caption', { from: dateText(t, list.from) })} columns={[t('appointments.staff.halfDay'), t('appointments.staff.who'), t('appointments.staff.visits.address'), t('appointments.staff.visits.need'), t('appointments.staff.visits.reason'), t('appointments.staff.reference')]}>
          {list.visits.map((visit) => (
            <tr key={visit.id}>
              <th scope="row">{slotText(t, visit)}</th>
              <td>{visit.who}</td>
              <td>{visit.address ?? t('appointments.staff.visits.addressUnavailable')}</td>
              <td>{choiceText('serviceNeeded', visit.serviceNeeded)}</td>
              <td>{choiceText('visitReason', visit.visitReason)}</td>
              <td>{visit.reference}</td>
            </tr>
          ))}
        </StaffTable>
      )}
      <p role="status" className="staff__message">
        {message}
      </p>
    </section>
  );
}
