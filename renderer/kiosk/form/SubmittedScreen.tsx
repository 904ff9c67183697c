import { useTranslation } from 'react-i18next';
import type { ServiceForm } from '../../../electron/core/catalog/form.ts';
import { seedNamespace } from '../../i18n/seed-texts.ts';
import { Screen } from '../Screen.tsx';
import './SubmittedScreen.css';

export interface SubmittedScreenProps {
  reference: string;
  printed: boolean;
  form: ServiceForm;
  countyFigures: Record<string, string | number>;
  /** Filed by this staff member on the resident's behalf, with their consent (代办). */
  filedBy?: string;
}

/** Confirmation (GOV.UK): the reference large and read one character at a time, what happens next, who to contact. */
export function SubmittedScreen({ reference, printed, form, countyFigures, filedBy }: SubmittedScreenProps) {
  const { t } = useTranslation();
  const seedText = (id: string) => t(id, { ns: seedNamespace, ...countyFigures });
  const filedByText = filedBy === undefined ? undefined : t('staffMode.consent.filedBy', { name: filedBy });
  return (
    <Screen
      heading={t('form.done.heading')}
      prompt={[
        { id: 'form.done.heading' },
        { id: 'form.done.referenceIs' },
        { text: reference, digitByDigit: true },
        { id: printed ? 'form.done.printed' : 'form.done.notPrinted' },
        ...(filedByText ? [{ text: filedByText }] : []),
        { id: 'form.done.nextSteps' },
        ...form.nextSteps.map((step) => ({ id: step.id })),
      ]}
    >
      <p>{t('form.done.referenceIs')}</p>
      <p className="submitted__reference">{reference}</p>
      <p className="service-notice">{t(printed ? 'form.done.printed' : 'form.done.notPrinted')}</p>
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
