import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceToggle } from '../../ui/ChoiceToggle.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { ScreenActions } from '../../ui/ScreenActions.tsx';
import './ProxyConsentScreen.css';

export interface ProxyConsentScreenProps {
  staffName: string;
  agreed: boolean;
  /** 下一步 was pressed without the resident's agreement. */
  missing: boolean;
  onAgree: (agreed: boolean) => void;
  onBack: () => void;
  onContinue: () => void;
}

/**
 * product.md, Staff mode: staff file on a resident's behalf only with the resident's consent. The
 * resident presses 我同意 themselves, before the first question; the submission records it.
 */
export function ProxyConsentScreen({ staffName, agreed, missing, onAgree, onBack, onContinue }: ProxyConsentScreenProps) {
  const { t } = useTranslation();
  const statement = t('staffMode.consent.statement', { name: staffName });
  const problemText = missing ? t('staffMode.consent.missing') : undefined;
  const problems = useMemo(() => (problemText ? [problemText] : []), [problemText]);
  return (
    <Screen
      heading={t('staffMode.consent.heading')}
      hasError={missing}
      prompt={missing ? [{ id: 'form.errorSummary' }, { id: 'staffMode.consent.missing' }] : [{ id: 'staffMode.consent.heading' }, { text: statement }, { id: 'staffMode.consent.who' }]}
      onBack={onBack}
      actions={<ScreenActions onBack={onBack} onNext={onContinue} />}
    >
      {problems.length > 0 && <ErrorSummary problems={problems} />}
      <p className="proxy-consent__statement">{statement}</p>
      <p>{t('staffMode.consent.who')}</p>
      <div className="choice-toggles">
        <ChoiceToggle isSelected={agreed} onChange={onAgree}>
          {t('staffMode.consent.agree')}
        </ChoiceToggle>
      </div>
    </Screen>
  );
}
