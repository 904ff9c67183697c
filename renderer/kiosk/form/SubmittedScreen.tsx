import { useTranslation } from 'react-i18next';
import type { ServiceForm } from '../../../electron/core/catalog/form.ts';
import { seedNamespace } from '../../i18n/seed-texts.ts';
import { Screen } from '../../ui/Screen.tsx';
import { submittedNotices, submittedPrompt } from './submitted-prompt.ts';
import './SubmittedScreen.css';

export interface SubmittedScreenProps {
  reference: string;
  printed: boolean;
  /** Issue #8: saved, and sent to the county automatically once the kiosk is online again. */
  countyOffline: boolean;
  form: ServiceForm;
  countyFigures: Record<string, string | number>;
  /** Filed by this staff member on the resident's behalf, with their consent (代办). */
  filedBy?: string;
}

/** Confirmation (GOV.UK): the reference large and read one character at a time, what happens next, who to contact. */
export function SubmittedScreen({ reference, printed, countyOffline, form, countyFigures, filedBy }: SubmittedScreenProps) {
  const { t } = useTranslation();
  const seedText = (id: string) => t(id, { ns: seedNamespace, ...countyFigures });
  const filedByText = filedBy === undefined ? undefined : t('staffMode.consent.filedBy', { name: filedBy });
  return (
    <Screen
      heading={t('form.done.heading')}
      prompt={submittedPrompt({ reference, printed, countyOffline, form, filedByText })}
    >
      <p>{t('form.done.referenceIs')}</p>
      <p className="submitted__reference">{reference}</p>
      {submittedNotices({ printed, countyOffline }).map((id) => (
        <p key={id} className="service-notice">
          {t(id)}
        </p>
      ))}
      {filedByText && <p>{filedByText}</p>}
      <h2>{t('form.done.nextSteps')}</h2>
      <ul>
        {form.nextSteps.map((step) => (
          <li key={step.id}>{seedText(step.id)}</li>
        ))}
      </ul>
      <h2>{t('form.done.contact')}</h2>
      <p>{seedText(form.contact.id)}</p>
    </Screen>
  );
}
