import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setDoubleTapGuard } from '../a11y/press-guard.ts';
import { SessionSettingsProvider } from '../a11y/session-settings.tsx';
import { KioskSession } from './KioskSession.tsx';
import { PersistentBar } from './PersistentBar.tsx';
import { Screen } from './Screen.tsx';
import { useKioskData } from './useKioskData.ts';
import './KioskApp.css';

/**
 * The resident kiosk. Each resident gets a fresh session: when it ends (idle time-out, or staff reset)
 * everything in it is remounted from scratch, so no draft, answer or setting survives.
 */
export function KioskApp() {
  const { t, i18n } = useTranslation();
  const data = useKioskData();
  const [session, setSession] = useState(0);

  const otherLanguage = i18n.language === 'en' ? 'zh-CN' : 'en';
  if (data.status !== 'ready') {
    return (
      <div className="kiosk">
        <main className="kiosk__main">
          <Screen heading={t(data.status === 'loading' ? 'load.waiting' : 'load.failed')}>{null}</Screen>
        </main>
        <PersistentBar otherLanguage={otherLanguage} onCommand={(command) => command === 'language' && void i18n.changeLanguage(otherLanguage)} />
      </div>
    );
  }
  setDoubleTapGuard(data.settings.timing.doubleTapGuardMs);
  const endSession = () => {
    void i18n.changeLanguage(data.settings.languages.default);
    setSession((count) => count + 1);
  };
  return (
    <SessionSettingsProvider key={session}>
      <KioskSession data={data} onEnd={endSession} />
    </SessionSettingsProvider>
  );
}
