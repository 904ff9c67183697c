import { KeyRound } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KioskButton } from '../../ui/KioskButton.tsx';
import { fetchPairingCode } from './staff-api.ts';
import type { PairingCodeAnswer } from './staff-api.ts';

/**
 * The LAN pairing code (architecture.md, Security): staff read it here and type it on the counter PC
 * or the hall's TV. Shown only on request and never spoken: it lets a device join the hall network.
 */
export function PairingCode() {
  const { t, i18n } = useTranslation();
  const [answer, setAnswer] = useState<PairingCodeAnswer>();
  const shown = useRef<HTMLDivElement>(null);
  // The code may land below the panel's fold; bring it into view.
  useEffect(() => {
    if (answer) shown.current?.scrollIntoView({ block: 'nearest' });
  }, [answer]);
  const until = (expiresAt: string) => new Date(expiresAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="staff-panel__pairing">
      <KioskButton icon={<KeyRound aria-hidden focusable={false} />} onPress={() => void fetchPairingCode().then(setAnswer)}>
        {t('staffMode.panel.pairingCode')}
      </KioskButton>
      <div role="status" ref={shown}>
        {answer?.ok === true && (
          <>
            <p className="staff-panel__code">{answer.code}</p>
            <p>{t('staffMode.panel.pairingUntil', { time: until(answer.expiresAt) })}</p>
          </>
        )}
        {answer?.ok === false && <p className="service-notice">{t(`staffMode.panel.pairingFailed.${answer.error}`)}</p>}
      </div>
    </div>
  );
}
