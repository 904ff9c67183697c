import { useRef, useState } from 'react';
import { Button, FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { failureText } from './failure-text.ts';
import { staffApi } from './staff-api.ts';

const codePattern = /^\d{6}$/;

/**
 * architecture.md, Security: on the hall network, a console or board pairs once with a one-time code
 * shown at the kiosk in staff mode; the device then holds a cookie until it goes unused for the hall's
 * limit or an admin revokes it. Staff may name the device, so the admin's list says which is which
 * (issue #16.8).
 */
export function PairingForm({ onPaired }: { onPaired: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  // A second Enter while the first is on its way is ignored. (Not react-aria's isPending: its announcement
  // points at the button, which is gone once the console shows.)
  const sending = useRef(false);
  const field = useRef<HTMLInputElement>(null);

  const refuse = (message: string) => {
    setError(message);
    field.current?.focus();
  };

  const pair = async () => {
    if (!codePattern.test(code)) return refuse(t('staff.pairing.codeFormat'));
    if (sending.current) return;
    sending.current = true;
    const result = await staffApi.pair(code, name.trim());
    sending.current = false;
    if (result.ok) return onPaired();
    if (result.error === 'wrong-code' || result.error === 'code-expired') return refuse(t(`staff.pairing.${result.error}`));
    refuse(failureText(t, result));
  };

  return (
    <section aria-labelledby="staff-pairing" className="staff__narrow">
      <h2 id="staff-pairing">{t('staff.pairing.heading')}</h2>
      <p>{t('staff.pairing.explain')}</p>
      <Form
        validationBehavior="aria"
        className="staff__form"
        onSubmit={(event) => {
          event.preventDefault();
          void pair();
        }}
      >
        <TextField className="staff__field" value={code} onChange={setCode} isInvalid={error !== ''} inputMode="numeric" autoComplete="off" maxLength={6}>
          <Label>{t('staff.pairing.code')}</Label>
          <Text slot="description">{t('staff.pairing.codeHint')}</Text>
          <Input ref={field} autoFocus />
          <FieldError className="staff__error">{error}</FieldError>
        </TextField>
        <TextField className="staff__field" value={name} onChange={setName} autoComplete="off" maxLength={30}>
          <Label>{t('staff.pairing.name')}</Label>
          <Text slot="description">{t('staff.pairing.nameHint')}</Text>
          <Input />
        </TextField>
        <Button type="submit" className="staff__button staff__button--primary">
          {t('staff.pairing.submit')}
        </Button>
      </Form>
    </section>
  );
}
