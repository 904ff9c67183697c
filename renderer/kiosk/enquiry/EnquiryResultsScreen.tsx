import { RotateCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CatalogResponse } from '../../api.ts';
import { useSessionSettings } from '../../a11y/session-settings.tsx';
import { seedNamespace } from '../../i18n/seed-texts.ts';
import { Screen } from '../../ui/Screen.tsx';
import { ScreenActions } from '../../ui/ScreenActions.tsx';
import type { EnquiryItem } from './enquiry-api.ts';
import { appointmentText, spokenItem, statusKeys } from './enquiry-words.ts';
import './enquiry.css';
import '../ServiceScreen.css';

export interface EnquiryResultsScreenProps {
  items: EnquiryItem[];
  countyFigures: CatalogResponse['countyFigures'];
  onAgain: () => void;
  onBack: () => void;
}

/** Where each request found stands, in big text, and what happens next; or, with none, how to get help. */
export function EnquiryResultsScreen({ items, countyFigures, onAgain, onBack }: EnquiryResultsScreenProps) {
  const { t } = useTranslation();
  const privateListening = useSessionSettings().settings.output === 'headphones';
  const nameId = (item: EnquiryItem) => `service.${item.serviceId}.name`;
  const prompt =
    items.length === 0
      ? [{ id: 'enquiry.results.none' }, { id: 'enquiry.results.noneHelp' }]
      : [{ text: t('enquiry.results.found', { count: items.length }) }, ...items.flatMap((item) => spokenItem(item, nameId(item), privateListening, appointmentText(t, item)))];
  return (
    <Screen
      heading={t('enquiry.results.heading')}
      prompt={prompt}
      onBack={onBack}
      actions={<ScreenActions onBack={onBack} onNext={onAgain} nextLabel={t('enquiry.results.again')} nextIcon={<RotateCcw aria-hidden focusable={false} />} />}
    >
      {items.length === 0 ? (
        <div className="service-notice">
          <p className="enquiry-none">{t('enquiry.results.none')}</p>
          <p>{t('enquiry.results.noneHelp')}</p>
        </div>
      ) : (
        <>
          <p>{t('enquiry.results.found', { count: items.length })}</p>
          <ul className="enquiry-results" aria-label={t('enquiry.results.listLabel')}>
            {items.map((item) => {
              const keys = statusKeys(item);
              const appointment = appointmentText(t, item);
              return (
                <li key={item.reference} className="enquiry-result">
                  <h2>{t(nameId(item), { ns: seedNamespace, ...countyFigures })}</h2>
                  <p className="enquiry-result__status">{t(keys.status)}</p>
                  <p>{t(keys.next)}</p>
                  <dl className="facts">
                    <dt>{t('enquiry.results.reference')}</dt>
                    <dd>{item.reference}</dd>
                    <dt>{t('enquiry.results.submittedOn')}</dt>
                    <dd>{item.submittedOn}</dd>
                    {item.maskedName && (
                      <>
                        <dt>{t('enquiry.results.name')}</dt>
                        <dd>{item.maskedName}</dd>
                      </>
                    )}
                    {item.status.source === 'county' && item.status.countyText && (
                      <>
                        <dt>{t('enquiry.results.countyText')}</dt>
                        <dd>{item.status.countyText}</dd>
                      </>
                    )}
                    {appointment && (
                      <>
                        <dt>{t('enquiry.results.appointment')}</dt>
                        <dd>{appointment}</dd>
                      </>
                    )}
                    {item.returnReason && (
                      <>
                        <dt>{t('enquiry.results.returnReason')}</dt>
                        <dd>{item.returnReason}</dd>
                      </>
                    )}
                  </dl>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Screen>
  );
}
