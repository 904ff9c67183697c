import { useCallback, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Console } from './Console.tsx';
import { PairingForm } from './PairingForm.tsx';
import { SignInForm } from './SignInForm.tsx';
import { onAccessLost, staffApi } from './staff-api.ts';
import type { StaffMember } from './staff-api.ts';
import './staff.css';

type Access =
  | { view: 'checking' }
  | { view: 'unreachable' }
  | { view: 'sign-in' }
  | { view: 'pair' }
  | { view: 'console'; staff: StaffMember };

/** The staff console on the counter PC: pairing (on the hall network), sign-in, then the console. */
export function StaffApp() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('staff.title');
  }, [t]);
  const [access, setAccess] = useState<Access>({ view: 'checking' });

  const check = useCallback(() => {
    void staffApi.me().then((me) => {
      if (me.ok) setAccess({ view: 'console', staff: me.staff });
      else if (me.error === 'device-not-paired') setAccess({ view: 'pair' });
      else if (me.status === 401) setAccess({ view: 'sign-in' });
      else setAccess({ view: 'unreachable' });
    });
  }, []);
  useEffect(check, [check]);
  useEffect(() => onAccessLost((reason) => setAccess({ view: reason === 'not-paired' ? 'pair' : 'sign-in' })), []);

  const signOut = () => void staffApi.signOut().then(() => setAccess({ view: 'sign-in' }));

  let body;
  switch (access.view) {
    case 'checking':
      body = null;
      break;
    case 'unreachable':
      body = (
        <section aria-labelledby="staff-unreachable" className="staff__alert staff__narrow">
          <h2 id="staff-unreachable">{t('staff.unreachable.heading')}</h2>
          <p>{t('staff.unreachable.whatToDo')}</p>
          <Button className="staff__button" onPress={check}>
            {t('staff.unreachable.retry')}
          </Button>
        </section>
      );
      break;
    case 'sign-in':
      body = <SignInForm onSignedIn={(staff) => setAccess({ view: 'console', staff })} />;
      break;
    case 'pair':
      body = <PairingForm onPaired={check} />;
      break;
    case 'console':
      return <Console staff={access.staff} onSignOut={signOut} />;
    default: {
      const unhandled: never = access;
      throw new Error(`unknown view ${JSON.stringify(unhandled)}`);
    }
  }
  return (
    <main className="staff">
      <h1>{t('staff.title')}</h1>
      {body}
    </main>
  );
}
