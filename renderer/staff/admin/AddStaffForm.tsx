import { useState } from 'react';
import { Button, FieldError, Form, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { staffApi } from '../staff-api.ts';
import type { ApiResult, StaffMember } from '../staff-api.ts';
import { checkNewPin } from './new-pin.ts';
import type { NewPinCheck } from './new-pin.ts';
import { NewPinFields } from './NewPinFields.tsx';

/** The config's limit on a staff member's name. */
const nameMaxLength = 40;

/** A new member of staff: a name, a role and a PIN typed twice. */
export function AddStaffForm({ onDone }: { onDone: (result: ApiResult, savedText: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffMember['role']>('staff');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [sent, setSent] = useState(false);
  const [pinCheck, setPinCheck] = useState<NewPinCheck>();
  const nameMissing = name.trim() === '';

  const add = async () => {
    setSent(true);
    const checked = checkNewPin(pin, again);
    setPinCheck(checked);
    if (nameMissing || checked !== 'ok') return;
    const result = await staffApi.addStaff({ name: name.trim(), role, pin });
    onDone(result, t('staff.admin.staff.added', { name: name.trim() }));
    if (!result.ok) return;
    setName('');
    setPin('');
    setAgain('');
    setSent(false);
    setPinCheck(undefined);
  };

  return (
    <Form
      validationBehavior="aria"
      className="staff__form"
      aria-labelledby="staff-add"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <h4 id="staff-add">{t('staff.admin.staff.addHeading')}</h4>
      <TextField className="staff__field" value={name} onChange={setName} isInvalid={sent && nameMissing} maxLength={nameMaxLength} autoComplete="off">
        <Label>{t('staff.admin.staff.name')}</Label>
        <Input />
        <FieldError className="staff__error">{t('staff.admin.staff.nameMissing')}</FieldError>
      </TextField>
      <RadioGroup className="staff__field" value={role} onChange={(value) => setRole(value === 'admin' ? 'admin' : 'staff')}>
        <Label>{t('staff.admin.staff.role')}</Label>
        <div className="staff__radios">
          {(['staff', 'admin'] as const).map((each) => (
            <Radio key={each} value={each} className="staff__radio">
              {t(`staff.role.${each}`)}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <NewPinFields pin={pin} again={again} onPin={setPin} onAgain={setAgain} check={pinCheck} />
      <Button type="submit" className="staff__button staff__button--primary">
        {t('staff.admin.staff.add')}
      </Button>
    </Form>
  );
}
