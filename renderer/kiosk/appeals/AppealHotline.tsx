import { Phone } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SpeechItem } from '../../voice/speech-player.ts';
import './AppealHotline.css';

export interface AppealHotlineProps {
  hotline: string;
  dutyPhone: string;
  /** No county key: the kiosk takes no appeal text and sends residents to the phones instead (issue #7). */
  closed: boolean;
}

/** What the appeal service's screen says aloud about the hotline; numbers digit by digit, as on the phone. */
export function appealHotlinePrompt({ hotline, dutyPhone, closed }: AppealHotlineProps): SpeechItem[] {
  const number: SpeechItem = { text: hotline, digitByDigit: true };
  return closed
    ? [{ id: 'appeals.closed' }, number, { id: 'appeals.closedDutyPhone' }, { text: dutyPhone, digitByDigit: true }]
    : [{ id: 'appeals.hotlineHeading' }, number, { id: 'appeals.hotlineLine' }];
}

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
