import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { NewPinCheck } from './new-pin.ts';

export interface NewPinFieldsProps {
  pin: string;
  again: string;
  onPin: (pin: string) => void;
  onAgain: (again: string) => void;
  /** Shown once the form was sent: what is wrong with what was typed. */
  check: NewPinCheck | undefined;
}

/** A new PIN and the same PIN again. */
export function NewPinFields({ pin, again, onPin, onAgain, check }: NewPinFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField className="staff__field" value={pin} onChange={onPin} isInvalid={check === 'format'} type="password" inputMode="numeric" autoComplete="new-password" maxLength={8}>
        <Label>{t('staff.admin.pin.new')}</Label>
        <Text slot="description">{t('staff.signIn.pinHint')}</Text>
        <Input />
        <FieldError className="staff__error">{t('staff.admin.pin.format')}</FieldError>
      </TextField>
      <TextField className="staff__field" value={again} onChange={onAgain} isInvalid={check === 'mismatch'} type="password" inputMode="numeric" autoComplete="new-password" maxLength={8}>
        <Label>{t('staff.admin.pin.again')}</Label>
        <Input />
        <FieldError className="staff__error">{t('staff.admin.pin.mismatch')}</FieldError>
      </TextField>
    </>
  );
}
