import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayPanel } from '../a11y/DisplayPanel.tsx';
import { IdleWarning } from '../a11y/IdleWarning.tsx';
import { KeyHelp } from '../a11y/KeyHelp.tsx';
import { pageScreen } from '../a11y/paging.ts';
import { useSessionSettings } from '../a11y/session-settings.tsx';
import { useIdleTimer } from '../a11y/useIdleTimer.ts';
import { useKeyMap } from '../a11y/useKeyMap.ts';
import { useSwitchScanning } from '../a11y/useSwitchScanning.ts';
import { HomeScreen } from './HomeScreen.tsx';
import { FormFlow } from './form/FormFlow.tsx';
import type { Draft } from './form/form-state.ts';
import { PersistentBar } from './PersistentBar.tsx';
import type { BarCommand } from './PersistentBar.tsx';
import { Screen } from './Screen.tsx';
import { ServiceScreen } from './ServiceScreen.tsx';
import type { KioskData } from './useKioskData.ts';
import { ScreenBackContext, createScreenBack } from './screen-back.ts';
import { AudioOnly } from '../voice/AudioOnly.tsx';
import { stepSetting } from '../voice/adjust.ts';
import { useVoice } from '../voice/VoiceProvider.tsx';

type KioskScreen = { name: 'home' } | { name: 'service'; serviceId: string } | { name: 'form'; serviceId: string };

type Dialog = 'none' | 'display' | 'key-help';

export interface KioskSessionProps {
  data: KioskData;
  onEnd: () => void;
}

/** One resident's visit: the screens, their drafts (in memory only) and their settings. */
export function KioskSession({ data, onEnd }: KioskSessionProps) {
  const { t, i18n } = useTranslation();
  const { catalog, settings } = data;
  const session = useSessionSettings();
  const voice = useVoice();
  const [screen, setScreen] = useState<KioskScreen>({ name: 'home' });
  const [dialog, setDialog] = useState<Dialog>('none');
  const [notice, setNotice] = useState('');
  // Drafts live only here, in memory, for this session (product.md, Privacy).
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});

  const show = (next: KioskScreen) => {
    setNotice('');
    setScreen(next);
  };
  const otherLanguage = i18n.language === 'en' ? 'zh-CN' : 'en';
  // Shown in the status line and spoken.
  const announce = useCallback(
    (text: string) => {
      setNotice(text);
      voice.say([{ text }]);
    },
    [voice],
  );
  const step = (setting: 'volume' | 'speed', direction: 1 | -1) => {
    const change = stepSetting(session.settings, setting, direction);
    session.change(change);
    const value = change[setting] ?? session.settings[setting];
    announce(setting === 'volume' ? t('voice.volume', { percent: value }) : t('voice.speed', { rate: value }));
  };
  const toggleAudioOnly = () => session.change({ audioOnly: !session.settings.audioOnly });
  const notYet = (labelKey: string) => setNotice(t('bar.coming', { control: t(labelKey) }));

  const runBarCommand = (command: BarCommand) => {
    switch (command) {
      case 'home':
        return show({ name: 'home' });
      case 'language':
        return void i18n.changeLanguage(otherLanguage);
      case 'display':
        return setDialog('display');
      case 'callStaff':
        return notYet('bar.callStaff');
      case 'repeat':
        return voice.repeat();
      default: {
        const unhandled: never = command;
        throw new Error(`unknown bar command ${String(unhandled)}`);
      }
    }
  };

  useKeyMap({
    BACK: () => goBack(),
    PAGE_PREVIOUS: () => pageScreen(-1),
    PAGE_NEXT: () => pageScreen(1),
    HELP: () => setDialog('key-help'),
    REPEAT: () => voice.repeat(),
    VOLUME_DOWN: () => step('volume', -1),
    VOLUME_UP: () => step('volume', 1),
    SLOWER: () => step('speed', -1),
    FASTER: () => step('speed', 1),
    AUDIO_ONLY: () => toggleAudioOnly(),
    CALL_STAFF: () => notYet('bar.callStaff'),
  });

  const switches = useMemo(() => settings.switches, [settings.switches]);
  useSwitchScanning(session.settings.scanMode, switches, () => {
    session.change({ scanMode: 'two-switch' });
    announce(t('display.changed', { setting: t('display.scanMode.label'), value: t('display.scanMode.two-switch') }));
  });

  const idle = useIdleTimer(
    {
      warningAfterMs: settings.timing.idleWarningAfterSeconds * 1000,
      countdownMs: settings.timing.idleCountdownSeconds * 1000,
      extensions: settings.timing.idleExtensions,
    },
    // accessibility.md, Time: paused while scanning is on.
    session.settings.scanMode !== 'off',
    onEnd,
  );

  const [screenBack] = useState(createScreenBack);
  function goBack() {
    screenBack.run();
  }

  function currentScreen() {
    if (screen.name === 'home') return <HomeScreen catalog={catalog} onOpenService={(serviceId) => show({ name: 'service', serviceId })} />;
    const service = catalog.services.find((each) => each.id === screen.serviceId);
    if (!service)
      return (
        <Screen heading={t('service.notFound')} prompt={[{ id: 'service.notFound' }]}>
          {null}
        </Screen>
      );
    switch (screen.name) {
      case 'service':
        return (
          <ServiceScreen
            service={service}
            countyFigures={catalog.countyFigures}
            onBack={() => show({ name: 'home' })}
            onStart={service.form ? () => show({ name: 'form', serviceId: service.id }) : undefined}
          />
        );
      case 'form': {
        const { form } = service;
        if (!form) return null;
        return (
          <FormFlow
            service={{ ...service, form }}
            settings={settings}
            countyFigures={catalog.countyFigures}
            draft={drafts[service.id] ?? {}}
            onDraftChange={(draft) => setDrafts((all) => ({ ...all, [service.id]: draft }))}
            onLeave={() => show({ name: 'service', serviceId: service.id })}
          />
        );
      }
      default: {
        const unhandled: never = screen;
        throw new Error(`unknown screen ${JSON.stringify(unhandled)}`);
      }
    }
  }

  return (
    <ScreenBackContext value={screenBack}>
    <div className="kiosk">
      <main className="kiosk__main">
        <div className="kiosk__notice" role="status">
          {notice && <p>{notice}</p>}
        </div>
        {currentScreen()}
      </main>
      <PersistentBar otherLanguage={otherLanguage} onCommand={runBarCommand} />
      {session.settings.audioOnly && <AudioOnly onLeave={() => session.change({ audioOnly: false })} />}
      {dialog === 'display' && <DisplayPanel announce={announce} onStep={step} onClose={() => setDialog('none')} />}
      {dialog === 'key-help' && <KeyHelp onClose={() => setDialog('none')} />}
      {idle.state.phase === 'warning' && (
        <IdleWarning secondsLeft={idle.state.secondsLeft} extensionsLeft={idle.state.extensionsLeft} onContinue={idle.extend} onEndNow={onEnd} />
      )}
    </div>
    </ScreenBackContext>
  );
}
