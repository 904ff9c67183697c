import { useRef, useState } from 'react';
import { Button, FieldError, Form, Input, Label, Text, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { failureText } from './failure-text.ts';
import { staffApi } from './staff-api.ts';
import type { StaffMember } from './staff-api.ts';

/** The contract's PIN: 4 to 8 digits. */
const pinPattern = /^\d{4,8}$/;

/** Staff sign in at the counter PC with their PIN (after 3 wrong tries this device waits, longer each time). */
export function SignInForm({ onSignedIn }: { onSignedIn: (staff: StaffMember) => void }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');
  // A second Enter while the first is on its way is ignored. (Not react-aria's isPending: its announcement
  // points at the button, which is gone once the console shows.)
  const sending = useRef(false);
  const field = useRef<HTMLInputElement>(null);

  const refuse = (message: string) => {
    setError(message);
    // A PIN is never left in the field; the cursor waits for the next try.
    setPin('');
    field.current?.focus();
  };

  // Issue #16.7: the wait grows from 2 seconds, so it is said in seconds until it reaches a minute.
  const waitText = (seconds: number) =>
    seconds < 60 ? t('staff.signIn.lockedSeconds', { seconds }) : t('staff.signIn.locked', { minutes: Math.ceil(seconds / 60) });

  const signIn = async () => {
    if (!pinPattern.test(pin)) return refuse(t('staff.signIn.pinFormat'));
    if (sending.current) return;
    sending.current = true;
    const result = await staffApi.signIn(pin);
    sending.current = false;
    if (result.ok) return onSignedIn(result.staff);
    if (result.error === 'wrong-pin') return refuse(t('staff.signIn.wrongPin', { attempts: result.attemptsLeft ?? 0 }));
    if (result.error === 'locked') return refuse(waitText(result.retryAfterSeconds ?? 60));
    // Issue #16.7: the hall-wide ceiling; a new PIN does not help, the kiosk's own PIN pad does.
    if (result.error === 'hall-locked') return refuse(t('staff.signIn.hallLocked', { minutes: Math.ceil((result.retryAfterSeconds ?? 60) / 60) }));
    // device-not-paired switches the page to pairing (onAccessLost).
    if (result.error !== 'device-not-paired') refuse(failureText(t, result));
  };

  return (
    <section aria-labelledby="staff-sign-in" className="staff__narrow">
      <h2 id="staff-sign-in">{t('staff.signIn.heading')}</h2>
      <Form
        validationBehavior="aria"
        className="staff__form"
        onSubmit={(event) => {
          event.preventDefault();
          void signIn();
        }}
      >
        <TextField className="staff__field" value={pin} onChange={setPin} isInvalid={error !== ''} type="password" inputMode="numeric" autoComplete="off" maxLength={8}>
          <Label>{t('staff.signIn.pin')}</Label>
          <Text slot="description">{t('staff.signIn.pinHint')}</Text>
          <Input ref={field} autoFocus />
          <FieldError className="staff__error">{error}</FieldError>
        </TextField>
        <Button type="submit" className="staff__button staff__button--primary">
          {t('staff.signIn.submit')}
        </Button>
      </Form>
    </section>
  );
}
