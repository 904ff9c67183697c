import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { helpScreenText } from '../help/help-screen-text.ts';
import type { ServiceTexts } from '../help/help-screen-text.ts';
import { failureText } from '../failure-text.ts';
import { inLanguage } from '../localised-text.ts';
import { ageBands } from '../../../electron/core/reports/age-band.ts';
import { staffApi } from '../staff-api.ts';
import { useLoaded } from '../use-loaded.ts';
import { FigureChart } from './FigureChart.tsx';
import './figures.css';

const settleMs = 2_000;

export interface FiguresPanelProps {
  refreshKey: number;
  services: readonly ServiceTexts[];
}

/** product.md, Staff mode: today's figures, aggregate only, so the county sees needs without seeing people. */
export function FiguresPanel({ refreshKey, services }: FiguresPanelProps) {
  const { t, i18n } = useTranslation();
  // A busy hall sends many events; the day's totals follow once things settle, and never delay a help call.
  const [settledKey, setSettledKey] = useState(refreshKey);
  useEffect(() => {
    const timer = setTimeout(() => setSettledKey(refreshKey), settleMs);
    return () => clearTimeout(timer);
  }, [refreshKey]);
  const { data: figures, failure } = useLoaded(staffApi.todayFigures, settledKey);
  const minutes = (value: number | null) => (value === null ? t('staff.figures.noWaitYet') : t('staff.queue.minutes', { minutes: Math.round(value) }));
  const serviceName = (id: string) => {
    const service = services.find((each) => each.id === id);
    return service ? inLanguage(service.name, i18n.language) : id;
  };
  return (
    <section aria-labelledby="staff-figures" className="staff__panel">
      <h2 id="staff-figures">{t('staff.figures.heading')}</h2>
      {failure && <p className="staff__error">{failureText(t, failure)}</p>}
      {figures && (
        <>
          <dl className="staff-figures__waits">
            <div>
              <dt>{t('staff.figures.medianWait')}</dt>
              <dd className={figures.wait.median === null ? 'staff-figures__none' : undefined}>{minutes(figures.wait.median)}</dd>
            </div>
            <div>
              <dt>{t('staff.figures.p90Wait')}</dt>
              <dd className={figures.wait.p90 === null ? 'staff-figures__none' : undefined}>{minutes(figures.wait.p90)}</dd>
            </div>
          </dl>
          <div className="staff-figures__grid">
            <FigureChart
              id="tickets"
              title={t('staff.figures.tickets')}
              what={t('staff.queue.column.type')}
              rows={figures.ticketsByType.map((row) => ({ key: row.letter, label: `${row.letter} ${inLanguage(row.name, i18n.language)}`, count: row.count }))}
            />
            <FigureChart
              id="services"
              title={t('staff.figures.services')}
              what={t('staff.figures.service')}
              rows={figures.servicesUsed.map((row) => ({ key: row.serviceId, label: serviceName(row.serviceId), count: row.count }))}
            />
            <FigureChart
              id="ages"
              title={t('staff.figures.ages')}
              what={t('staff.figures.ageBand')}
              rows={ageBands.map((band) => ({ key: band, label: t(`staff.figures.band.${band}`), count: figures.ageBands.find((row) => row.band === band)?.count ?? 0 }))}
            />
            <FigureChart
              id="help"
              title={t('staff.figures.helpCalls')}
              what={t('staff.figures.screen')}
              rows={figures.helpCallsByScreen.map((row) => ({
                key: row.screen ?? '',
                label: row.screen === null ? t('staff.figures.screenUnnamed') : helpScreenText(row.screen, services, t, i18n.language),
                count: row.count,
              }))}
            />
          </div>
        </>
      )}
    </section>
  );
}
