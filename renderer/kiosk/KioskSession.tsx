import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayPanel } from '../a11y/DisplayPanel.tsx';
import { IdleWarning } from '../a11y/IdleWarning.tsx';
import { KeyHelp } from '../a11y/KeyHelp.tsx';
import { pageScreen } from '../a11y/paging.ts';
import { useSessionSettings } from '../a11y/session-settings.tsx';
import type { ScanMode } from '../a11y/session-settings.tsx';
import { useIdleTimer } from '../a11y/useIdleTimer.ts';
import { useKeyMap } from '../a11y/useKeyMap.ts';
import { useSwitchScanning } from '../a11y/useSwitchScanning.ts';
import { useLiveEvents } from '../live.ts';
import { HomeScreen } from './HomeScreen.tsx';
import { FormFlow } from './form/FormFlow.tsx';
import type { Draft } from './form/form-state.ts';
import { HelpDialog } from './help/HelpDialog.tsx';
import { HelpWhereContext, createHelpWhere } from './help/help-where.ts';
import { useHelpCall } from './help/useHelpCall.ts';
import { PersistentBar } from './PersistentBar.tsx';
import type { BarCommand } from './PersistentBar.tsx';
import { QueueFlow } from './queue/QueueFlow.tsx';
import { EnquiryFlow } from './enquiry/EnquiryFlow.tsx';
import { Screen } from '../ui/Screen.tsx';
import { ServiceScreen } from './ServiceScreen.tsx';
import { StaffPanel } from './staff/StaffPanel.tsx';
import { StaffPinDialog } from './staff/StaffPinDialog.tsx';
import { useStaffEntry } from './staff/useStaffEntry.ts';
import { useStaffMode } from './staff/useStaffMode.ts';
import type { KioskData } from './useKioskData.ts';
import { ScreenBackContext, createScreenBack } from '../ui/screen-back.ts';
import { AudioOnly } from '../voice/AudioOnly.tsx';
import { stepSetting } from '../voice/adjust.ts';
import { useVoice } from '../voice/VoiceProvider.tsx';

type KioskScreen =
  | { name: 'home' }
  | { name: 'service'; serviceId: string }
  | { name: 'form'; serviceId: string }
  | { name: 'queue'; serviceId: string }
  | { name: 'enquiry'; serviceId: string };

type Dialog = 'none' | 'display' | 'key-help' | 'staff-pin' | 'staff-panel';

export interface KioskSessionProps {
  data: KioskData;
  onEnd: () => void;
  /** Staff changed the hall's config: fetch the settings and services again. */
  onConfigChanged: () => void;
}

/** One resident's visit: the screens, their drafts (in memory only) and their settings. */
export function KioskSession({ data, onEnd, onConfigChanged }: KioskSessionProps) {
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
  const startScanning = (mode: Exclude<ScanMode, 'off'>) => {
    session.change({ scanMode: mode });
    announce(t('display.changed', { setting: t('display.scanMode.label'), value: t(`display.scanMode.${mode}`) }));
  };

  const help = useHelpCall(announce);
  const [helpWhere] = useState(createHelpWhere);
  const callStaff = () => {
    setDialog('none');
    const serviceId = screen.name === 'home' ? undefined : screen.serviceId;
    const where = helpWhere.current() ?? (serviceId ? `${screen.name}:${serviceId}` : screen.name);
    help.start({ screen: where, serviceId });
  };

  const staff = useStaffMode();
  // A reset ends everything this visit held, staff sign-in included (accessibility.md, Time).
  const endSession = () => {
    staff.signOutForReset();
    onEnd();
  };
  useStaffEntry(() => setDialog(staff.mode ? 'staff-panel' : 'staff-pin'));

  useLiveEvents('kiosk', (event) => {
    switch (event.type) {
      case 'help':
        return help.onLiveEvent(event);
      case 'hello':
        // A new connection: events may have been missed while it was down.
        return help.refresh();
      case 'kiosk':
        return event.command === 'reset' ? endSession() : startScanning('two-switch');
      case 'config':
        return onConfigChanged();
      case 'queue':
      case 'call':
      case 'sync':
      case 'worklist':
      case 'notices':
        return;
      default: {
        const unhandled: never = event;
        throw new Error(`unknown live event ${JSON.stringify(unhandled)}`);
      }
    }
  });

  const runBarCommand = (command: BarCommand) => {
    switch (command) {
      case 'home':
        return show({ name: 'home' });
      case 'language':
        return void i18n.changeLanguage(otherLanguage);
      case 'display':
        return setDialog('display');
      case 'callStaff':
        return callStaff();
      case 'repeat':
        return voice.repeat();
      case 'staffPanel':
        return setDialog('staff-panel');
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
    CALL_STAFF: () => callStaff(),
  });

  const switches = useMemo(() => settings.switches, [settings.switches]);
  useSwitchScanning(session.settings.scanMode, switches, () => startScanning('two-switch'));

  const idle = useIdleTimer(
    {
      warningAfterMs: settings.timing.idleWarningAfterSeconds * 1000,
      countdownMs: settings.timing.idleCountdownSeconds * 1000,
      extensions: settings.timing.idleExtensions,
    },
    // accessibility.md, Time: paused while scanning is on and while a help call waits for staff;
    // off while staff are signed in here, and afterwards if they chose so.
    session.settings.scanMode !== 'off' || help.staffComing || staff.mode !== undefined || staff.idleKeptOff,
    endSession,
  );

  const [screenBack] = useState(createScreenBack);
  function goBack() {
    screenBack.run();
  }

  function currentScreen() {
    if (screen.name === 'home')
      return (
        <HomeScreen
          catalog={catalog}
          onOpenService={(serviceId) => {
            const kind = catalog.services.find((each) => each.id === serviceId)?.kind;
            // The queue and the progress enquiry open straight into their own screens.
            show({ name: kind === 'queue' || kind === 'enquiry' ? kind : 'service', serviceId });
          }}
        />
      );
    const service = catalog.services.find((each) => each.id === screen.serviceId);
    if (!service)
      return (
        <Screen heading={t('service.notFound')} prompt={[{ id: 'service.notFound' }]}>
          {null}
        </Screen>
      );
    switch (screen.name) {
      case 'service': {
        // A sealed service takes no text without the county's key (issue #7): the hotline instead.
        const closed = service.sealed === true && !catalog.sealedServicesOpen;
        const hotline = catalog.countyFigures.hotline;
        return (
          <ServiceScreen
            service={service}
            countyFigures={catalog.countyFigures}
            onBack={() => show({ name: 'home' })}
            onStart={service.form && !closed ? () => show({ name: 'form', serviceId: service.id }) : undefined}
            hotline={service.kind === 'appeal' && hotline !== undefined ? { hotline: String(hotline), dutyPhone: settings.hall.dutyPhone, closed } : undefined}
          />
        );
      }
      case 'form': {
        const { form } = service;
        if (!form) return null;
        const filing = staff.mode?.residentSettings ? { staffName: staff.mode.staff.name } : undefined;
        return (
          <FormFlow
            service={{ ...service, form }}
            settings={settings}
            countyFigures={catalog.countyFigures}
            draft={drafts[service.id] ?? {}}
            onDraftChange={(draft) => setDrafts((all) => ({ ...all, [service.id]: draft }))}
            onLeave={() => show({ name: 'service', serviceId: service.id })}
            proxy={filing}
          />
        );
      }
      case 'queue':
        return <QueueFlow service={service} queue={settings.queue} onLeave={() => show({ name: 'home' })} />;
      case 'enquiry':
        return <EnquiryFlow service={service} countyFigures={catalog.countyFigures} onLeave={() => show({ name: 'home' })} />;
      default: {
        const unhandled: never = screen;
        throw new Error(`unknown screen ${JSON.stringify(unhandled)}`);
      }
    }
  }

  const staffMode = staff.mode;
  return (
    <ScreenBackContext value={screenBack}>
      <HelpWhereContext value={helpWhere}>
        <div className="kiosk">
          <main className="kiosk__main">
            <div className="kiosk__notice" role="status">
              {notice && <p>{notice}</p>}
            </div>
            {currentScreen()}
          </main>
          <PersistentBar otherLanguage={otherLanguage} onCommand={runBarCommand} staffName={staffMode?.staff.name} />
          {session.settings.audioOnly && <AudioOnly onLeave={() => session.change({ audioOnly: false })} />}
          {dialog === 'display' && <DisplayPanel announce={announce} onStep={step} onClose={() => setDialog('none')} />}
          {dialog === 'key-help' && <KeyHelp onClose={() => setDialog('none')} />}
          {dialog === 'staff-pin' && (
            <StaffPinDialog
              onClose={() => setDialog('none')}
              onSignedIn={(member) => {
                staff.signedIn(member);
                setDialog('staff-panel');
                announce(t('staffMode.signedIn', { name: member.name }));
              }}
            />
          )}
          {dialog === 'staff-panel' && staffMode && (
            <StaffPanel
              staffName={staffMode.staff.name}
              filing={staffMode.residentSettings !== undefined}
              idleKeptOff={staff.idleKeptOff}
              onFileForResident={() => {
                staff.fileForResident();
                setDialog('none');
                show({ name: 'home' });
                announce(t('staffMode.filingStarted'));
              }}
              onStartScanning={(mode) => {
                setDialog('none');
                startScanning(mode);
              }}
              onKeepIdleOff={staff.keepIdleOff}
              onResetSession={endSession}
              onHandBack={() => {
                staff.handBack();
                setDialog('none');
                announce(t('staffMode.handedBack'));
              }}
              onClose={() => setDialog('none')}
            />
          )}
          {help.dialogOpen && help.call.state !== 'none' && (
            <HelpDialog call={help.call} hallDutyPhone={settings.hall.dutyPhone} onRetry={callStaff} onClose={help.closeDialog} />
          )}
          {idle.state.phase === 'warning' && (
            <IdleWarning secondsLeft={idle.state.secondsLeft} extensionsLeft={idle.state.extensionsLeft} onContinue={idle.extend} onEndNow={endSession} />
          )}
        </div>
      </HelpWhereContext>
    </ScreenBackContext>
  );
}
