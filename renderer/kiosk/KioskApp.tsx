import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeScreen } from './HomeScreen.tsx';
import { PersistentBar } from './PersistentBar.tsx';
import { Screen } from './Screen.tsx';
import { ServiceScreen } from './ServiceScreen.tsx';
import { useCatalog } from './useCatalog.ts';
import './KioskApp.css';

type KioskScreen = { name: 'home' } | { name: 'service'; serviceId: string };

/** The resident kiosk: the current screen above the persistent bar. */
export function KioskApp() {
  const { t, i18n } = useTranslation();
  const catalog = useCatalog();
  const [screen, setScreen] = useState<KioskScreen>({ name: 'home' });
  const [notice, setNotice] = useState('');

  const show = (next: KioskScreen) => {
    setNotice('');
    setScreen(next);
  };
  const otherLanguage = i18n.language === 'en' ? 'zh-CN' : 'en';

  return (
    <div className="kiosk">
      <main className="kiosk__main">
        <div className="kiosk__notice" role="status">
          {notice && <p>{notice}</p>}
        </div>
        {currentScreen()}
      </main>
      <PersistentBar
        otherLanguage={otherLanguage}
        onHome={() => show({ name: 'home' })}
        onSwitchLanguage={() => void i18n.changeLanguage(otherLanguage)}
        onNotYet={(controlKey) => setNotice(t('bar.coming', { control: t(controlKey) }))}
      />
    </div>
  );

  function currentScreen() {
    if (catalog.status === 'loading') return <Screen heading={t('load.waiting')}>{null}</Screen>;
    if (catalog.status === 'failed') return <Screen heading={t('load.failed')}>{null}</Screen>;
    if (screen.name === 'home') {
      return <HomeScreen catalog={catalog.catalog} onOpenService={(serviceId) => show({ name: 'service', serviceId })} />;
    }
    const service = catalog.catalog.services.find((each) => each.id === screen.serviceId);
    if (!service) return <Screen heading={t('service.notFound')}>{null}</Screen>;
    return <ServiceScreen service={service} countyFigures={catalog.catalog.countyFigures} onBack={() => show({ name: 'home' })} />;
  }
}
