import { Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { referenceLetters } from '../../../electron/core/applications/reference-letters.ts';
import { Keypad, phoneKeys } from '../../ui/Keypad.tsx';
import { KeypadField } from '../../ui/KeypadField.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { ScreenActions } from '../../ui/ScreenActions.tsx';

export interface ReferenceScreenProps {
  value: string;
  onChange: (value: string) => void;
  /** The locale key of what is wrong, shown and spoken. */
  problem?: string;
  onSearch: () => void;
  onBack: () => void;
}

const letterCount = 2;
/** Only the twelve letters a reference can hold, so there are few to choose from and none to get wrong. */
const referenceLetterKeys = [...referenceLetters];
const referenceLength = 9;

/**
 * The reference from the receipt, typed without dashes: its two letters on the letter pad, then its seven
 * digits on the digit keypad, each shown only when it is needed, in the same place.
 */
export function ReferenceScreen({ value, onChange, problem, onSearch, onBack }: ReferenceScreenProps) {
  const { t } = useTranslation();
  const label = t('enquiry.reference.label');
  const type = (key: string) => onChange((value + key).slice(0, referenceLength));
  const editing = { onDeleteOne: () => onChange(value.slice(0, -1)), onClear: () => onChange('') };
  return (
    <Screen
      heading={t('enquiry.reference.heading')}
      onBack={onBack}
      hasError={problem !== undefined}
      prompt={problem ? [{ id: 'form.errorSummary' }, { id: problem }] : [{ id: 'enquiry.reference.heading' }, { id: 'enquiry.reference.hint' }]}
      aside={
        value.length < letterCount ? (
          <Keypad keys={referenceLetterKeys} label={t('enquiry.reference.letters')} onKey={type} {...editing} />
        ) : (
          <Keypad keys={phoneKeys} label={t('keypad.label', { field: label })} onKey={type} {...editing} />
        )
      }
      actions={<ScreenActions onBack={onBack} onNext={onSearch} nextLabel={t('enquiry.reference.search')} nextIcon={<Search aria-hidden focusable={false} />} />}
    >
      {problem && <ErrorSummary problems={[t(problem)]} />}
      <KeypadField
        label={label}
        hint={t('enquiry.reference.hint')}
        value={value}
        maxLength={referenceLength}
        allowed={/[A-Z0-9]/}
        error={problem && t(problem)}
        onChange={onChange}
      />
    </Screen>
  );
}
