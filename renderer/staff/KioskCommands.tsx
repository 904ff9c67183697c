import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from './ConfirmButton.tsx';
import { failureText } from './failure-text.ts';
import { staffApi } from './staff-api.ts';

/** Staff help at the kiosk from the counter: end a stuck session, or start switch scanning for a resident. */
export function KioskCommands() {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const send = async (command: 'resetKiosk' | 'startScanning') => {
    const result = await staffApi[command]();
    setMessage(result.ok ? t(`staff.kiosk.sent.${command}`) : failureText(t, result));
  };
  return (
    <section aria-labelledby="staff-kiosk" className="staff__panel">
      <h2 id="staff-kiosk">{t('staff.kiosk.heading')}</h2>
      <div className="staff__actions">
        <ConfirmButton
          label={t('staff.kiosk.reset')}
          question={t('staff.kiosk.resetQuestion')}
          detail={t('staff.kiosk.resetDetail')}
          confirmLabel={t('staff.kiosk.resetConfirm')}
          onConfirm={() => void send('resetKiosk')}
        />
        <Button className="staff__button" onPress={() => void send('startScanning')}>
          {t('staff.kiosk.startScanning')}
        </Button>
      </div>
      <p role="status" className="staff__message">
        {message}
      </p>
    </section>
  );
}
