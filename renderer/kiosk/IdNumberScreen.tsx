import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateResidentId } from '../../electron/core/identity/resident-id.ts';
import type { ResidentIdError, ResidentIdFacts } from '../../electron/core/identity/resident-id.ts';
import { keyboardWedgeReader } from '../identity/card-reader.ts';
import { Keypad, idNumberKeys } from '../ui/Keypad.tsx';
import { KeypadField } from '../ui/KeypadField.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Screen } from '../ui/Screen.tsx';
import { ScreenActions } from '../ui/ScreenActions.tsx';

export interface IdNumberScreenProps {
  value: string;
  onChange: (value: string) => void;
  onBack: () => void;
  onValid: (facts: ResidentIdFacts) => void;
}

/** The resident ID number, typed on the big keypad; checked as GB 11643 when the resident goes on. */
export function IdNumberScreen({ value, onChange, onBack, onValid }: IdNumberScreenProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<ResidentIdError>();
  const heading = t('form.idNumber.question');


  const check = (idNumber: string) => {
    const result = validateResidentId(idNumber);
    if (result.ok) onValid(result.facts);
    else setError(result.error);
  };
  const goOn = () => check(value);

  // An ID card on the hall's reader fills the number and goes on, as if typed and confirmed.
  const latest = useRef({ onChange, check });
  useEffect(() => {
    latest.current = { onChange, check };
  });
  useEffect(
    () =>
      keyboardWedgeReader().subscribe(({ idNumber }) => {
        latest.current.onChange(idNumber);
        latest.current.check(idNumber);
      }),
    [],
  );

  return (
    <Screen
      heading={heading}
      onBack={onBack}
      hasError={error !== undefined}
      // With an error, the summary is what is spoken (and what 重听 repeats).
      prompt={error ? [{ id: 'form.errorSummary' }, { id: `form.idNumber.errors.${error}` }] : [{ id: 'form.idNumber.question' }, { id: 'form.idNumber.hint' }]}
      aside={
        <Keypad
          keys={idNumberKeys}
          label={t('keypad.label', { field: t('form.idNumber.label') })}
          onKey={(key) => onChange((value + key).slice(0, 18))}
          onDeleteOne={() => onChange(value.slice(0, -1))}
          onClear={() => onChange('')}
        />
      }
      actions={<ScreenActions onBack={onBack} onNext={goOn} />}
    >
      {error && <ErrorSummary problems={[t(`form.idNumber.errors.${error}`)]} />}
      <KeypadField
        label={t('form.idNumber.label')}
        hint={t('form.idNumber.hint')}
        value={value}
        maxLength={18}
        allowed={/[0-9X]/}
        error={error && t(`form.idNumber.errors.${error}`)}
        onChange={(next) => {
          setError(undefined);
          onChange(next);
        }}
      />
    </Screen>
  );
}
