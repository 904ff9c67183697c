import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { ageOn, maskResidentId } from '../../electron/core/identity/resident-id.ts';
import type { ResidentIdFacts } from '../../electron/core/identity/resident-id.ts';
import { KioskButton } from '../ui/KioskButton.tsx';
import { Screen } from './Screen.tsx';

export interface IdCheckedScreenProps {
  facts: ResidentIdFacts;
  onBack: () => void;
}

/**
 * What the ID number tells us, never asked again: date of birth, age and sex. The rest of the form
 * arrives with the guided-applications issue (#5); until then the counter finishes the application.
 */
export function IdCheckedScreen({ facts, onBack }: IdCheckedScreenProps) {
  const { t } = useTranslation();
  return (
    <Screen
      heading={t('form.idChecked.heading')}
      prompt={[{ id: 'form.idChecked.heading' }, { id: 'service.applyAtCounter' }]}
      actions={
        <KioskButton variant="primary" icon={<ArrowLeft aria-hidden focusable={false} />} onPress={onBack}>
          {t('service.back')}
        </KioskButton>
      }
    >
      <dl className="facts">
        <dt>{t('form.idNumber.label')}</dt>
        <dd>{maskResidentId(facts.idNumber)}</dd>
        <dt>{t('form.idChecked.birthDate')}</dt>
        <dd>{facts.birthDate}</dd>
        <dt>{t('form.idChecked.age')}</dt>
        <dd>{t('form.idChecked.years', { count: ageOn(facts.birthDate) })}</dd>
        <dt>{t('form.idChecked.sex')}</dt>
        <dd>{t(`form.idChecked.${facts.sex}`)}</dd>
      </dl>
      <p>{t('service.applyAtCounter')}</p>
    </Screen>
  );
}
