import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setDoubleTapGuard } from '../a11y/press-guard.ts';
import { SessionSettingsProvider } from '../a11y/session-settings.tsx';
import { VoiceProvider } from '../voice/VoiceProvider.tsx';
import { KioskSession } from './KioskSession.tsx';
import { PersistentBar } from './PersistentBar.tsx';
import { Screen } from '../ui/Screen.tsx';
import { useKioskData } from './useKioskData.ts';
import './KioskApp.css';

/**
 * The resident kiosk. Each resident gets a fresh session: when it ends (idle time-out, or staff reset)
 * everything in it is remounted from scratch, so no draft, answer or setting survives.
 */
export function KioskApp() {
  const { t, i18n } = useTranslation();
  const { state: data, reload } = useKioskData();
  const [session, setSession] = useState(0);
  const otherLanguage = i18n.language === 'en' ? 'zh-CN' : 'en';

  let content;
  if (data.status !== 'ready') {
    const message = data.status === 'loading' ? 'load.waiting' : 'load.failed';
    content = (
      <div className="kiosk">
        <main className="kiosk__main">
          <Screen heading={t(message)} prompt={[{ id: message }]}>
            {null}
          </Screen>
        </main>
        <PersistentBar otherLanguage={otherLanguage} onCommand={(command) => command === 'language' && void i18n.changeLanguage(otherLanguage)} />
      </div>
    );
  } else {
    setDoubleTapGuard(data.settings.timing.doubleTapGuardMs);
    const endSession = () => {
      void i18n.changeLanguage(data.settings.languages.default);
      setSession((count) => count + 1);
    };
    content = <KioskSession data={data} onEnd={endSession} onConfigChanged={reload} />;
  }
  return (
    <SessionSettingsProvider key={session}>
      <VoiceProvider>{content}</VoiceProvider>
    </SessionSettingsProvider>
  );
}
