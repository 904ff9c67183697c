import { useTranslation } from 'react-i18next';
import type { CatalogResponse, CatalogService } from '../api.ts';
import { seedNamespace } from '../i18n/seed-texts.ts';
import { Screen } from '../ui/Screen.tsx';
import { ScreenActions } from '../ui/ScreenActions.tsx';
import './ServiceScreen.css';
import { AppealHotline } from './appeals/AppealHotline.tsx';
import { appealHotlinePrompt } from './appeals/appeal-hotline-prompt.ts';
import type { AppealHotlineProps } from './appeals/appeal-hotline-prompt.ts';

export interface ServiceScreenProps {
  service: CatalogService;
  countyFigures: CatalogResponse['countyFigures'];
  onBack: () => void;
  /** Services with a guided form start it here; the others are explained, then done at the counter. */
  onStart?: () => void;
  /** Appeals show the government service hotline beside them, and say it (issue #7). */
  hotline?: AppealHotlineProps;
}

/** A service's description: who qualifies, what to bring, and the policy it follows. */
export function ServiceScreen({ service, countyFigures, onBack, onStart, hotline }: ServiceScreenProps) {
  const { t } = useTranslation();
  const seedText = (id: string) => t(id, { ns: seedNamespace, ...countyFigures });
  return (
    <Screen
      heading={seedText(service.name.id)}
      prompt={[{ id: service.name.id }, ...(hotline ? appealHotlinePrompt(hotline) : []), { id: 'service.prompt' }]}
      onBack={onBack}
      actions={<ScreenActions onBack={onBack} onNext={onStart} nextLabel={t('form.start')} />}
    >
      {service.reviewedBy === '' ? (
        <p className="service-notice">{t('service.demo')}</p>
      ) : (
        <p>{t('service.reviewedBy', { reviewer: service.reviewedBy })}</p>
      )}
      {hotline && <AppealHotline {...hotline} />}
      <p>{seedText(service.description.id)}</p>
      <section className="service-section" aria-labelledby="who-qualifies">
        <h2 id="who-qualifies">{t('service.whoQualifies')}</h2>
        <ul>
          {service.whoQualifies.map((text) => (
            <li key={text.id}>{seedText(text.id)}</li>
          ))}
        </ul>
      </section>
      <section className="service-section" aria-labelledby="what-to-bring">
        <h2 id="what-to-bring">{t('service.whatToBring')}</h2>
        <ul>
          {service.whatToBring.map((text) => (
            <li key={text.id}>{seedText(text.id)}</li>
          ))}
        </ul>
      </section>
      <section className="service-section" aria-labelledby="how-to-apply">
        <h2 id="how-to-apply">{t('service.howToApply')}</h2>
        <p>{t('service.applyAtCounter')}</p>
      </section>
      <section className="service-section service-source" aria-labelledby="policy-source">
        <h2 id="policy-source">{t('service.source')}</h2>
        <ul>
          {service.source.map((source) => (
            <li key={source.title.id}>
              {t('service.sourceLine', {
                title: seedText(source.title.id),
                documentNumber: source.documentNumber,
                issuer: seedText(source.issuer.id),
                whereToFind: seedText(source.whereToFind.id),
              })}
            </li>
          ))}
        </ul>
        <p>{t('service.effectiveDate', { date: service.effectiveDate })}</p>
      </section>
    </Screen>
  );
}
