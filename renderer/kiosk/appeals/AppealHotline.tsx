import { Phone } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import './AppealHotline.css';

import type { AppealHotlineProps } from './appeal-hotline-prompt.ts';

/** The 12345 government service hotline, shown big beside the appeal service (issue #7, point 3). */
export function AppealHotline({ hotline, dutyPhone, closed }: AppealHotlineProps) {
  const { t } = useTranslation();
  return (
    <section className={closed ? 'appeal-hotline appeal-hotline--closed' : 'appeal-hotline'} aria-labelledby="appeal-hotline">
      <h2 id="appeal-hotline">{closed ? t('appeals.closed') : t('appeals.hotlineHeading')}</h2>
      <p className="appeal-hotline__number">
        <Phone aria-hidden focusable={false} />
        {hotline}
      </p>
      {closed ? (
        <p>
          {t('appeals.closedDutyPhone')} <span className="appeal-hotline__duty">{dutyPhone}</span>
        </p>
      ) : (
        <p>{t('appeals.hotlineLine')}</p>
      )}
    </section>
  );
}
