import { Suspense, lazy, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLiveEvents } from '../live.ts';
import type { LiveEvent } from '../../electron/server/hub.ts';
import { AdminPanel } from './admin/AdminPanel.tsx';
import { AppointmentsPanel } from './appointments/AppointmentsPanel.tsx';
import { HomeVisits } from './appointments/HomeVisits.tsx';
import { HelpCalls } from './help/HelpCalls.tsx';
import { KioskCommands } from './KioskCommands.tsx';
import { QueuePanel } from './queue/QueuePanel.tsx';
import { staffApi } from './staff-api.ts';
import type { StaffMember } from './staff-api.ts';
import { StatusPanel } from './status/StatusPanel.tsx';
import { SyncPanel } from './sync/SyncPanel.tsx';
import { useLoaded } from './use-loaded.ts';
import { WorklistPanel } from './worklist/WorklistPanel.tsx';

// The charts (recharts) load after the parts staff act on.
const FiguresPanel = lazy(() => import('./figures/FiguresPanel.tsx').then((module) => ({ default: module.FiguresPanel })));

type Refresh = { queue: number; help: number; config: number; connection: number; sync: number; worklist: number; notices: number };

export interface ConsoleProps {
  staff: StaffMember;
  onSignOut: () => void;
}

/** The signed-in console: queue and help calls first, then the worklist, the kiosk, status, figures and (admins) settings. */
export function Console({ staff, onSignOut }: ConsoleProps) {
  const { t } = useTranslation();
  const [refresh, setRefresh] = useState<Refresh>({ queue: 0, help: 0, config: 0, connection: 0, sync: 0, worklist: 0, notices: 0 });
  const [newCallId, setNewCallId] = useState<number>();
  const bump = (...parts: (keyof Refresh)[]) =>
    setRefresh((previous) => {
      const next = { ...previous };
      for (const part of parts) next[part] += 1;
      return next;
    });

  const connectedBefore = useRef(false);

  // One connection per console: it is what tells the kiosk that staff can answer a call.
  useLiveEvents('staff', (event: LiveEvent) => {
    switch (event.type) {
      case 'hello':
        // Connected again (after a restart, say): whatever happened meanwhile is fetched afresh. The status
        // page counts this console once it is connected.
        if (connectedBefore.current) bump('queue', 'help', 'config', 'sync', 'worklist');
        connectedBefore.current = true;
        return bump('connection');
      case 'queue':
      case 'call':
        return bump('queue');
      case 'help':
        if (event.state === 'waiting') setNewCallId(event.id);
        return bump('help');
      case 'config':
        return bump('config');
      case 'sync':
        return bump('sync');
      case 'worklist':
        return bump('worklist');
      case 'notices':
        return bump('notices');
      case 'kiosk':
        return;
      default: {
        const unhandled: never = event;
        throw new Error(`unknown live event ${JSON.stringify(unhandled)}`);
      }
    }
  });

  const catalog = useLoaded(staffApi.catalog, refresh.config);
  const settings = useLoaded(staffApi.kioskSettings, refresh.config);
  const services = catalog.data?.services ?? [];

  return (
    <main className="staff staff--console">
      <header className="staff__header">
        <h1>{t('staff.title')}</h1>
        <p>{t('staff.signedInAs', { name: staff.name, role: t(`staff.role.${staff.role}`) })}</p>
        <Button className="staff__button" onPress={onSignOut}>
          {t('staff.signOut')}
        </Button>
      </header>
      <div className="staff__columns">
        <QueuePanel refreshKey={refresh.queue} businessTypes={settings.data?.queue.businessTypes ?? []} />
        <HelpCalls refreshKey={refresh.help} newCallId={newCallId} services={services} />
      </div>
      <WorklistPanel refreshKey={refresh.worklist} />
      <div className="staff__columns">
        <KioskCommands />
        <StatusPanel refreshKey={refresh.config + refresh.connection + refresh.notices} />
        <SyncPanel refreshKey={refresh.sync + refresh.connection} />
      </div>
      <AppointmentsPanel services={services} refreshKey={refresh.connection} />
      <HomeVisits service={services.find((service) => service.homeVisits)} countyFigures={catalog.data?.countyFigures ?? {}} />
      <Suspense fallback={<p>{t('staff.loading')}</p>}>
        <FiguresPanel refreshKey={refresh.queue + refresh.help} services={services} />
      </Suspense>
      {staff.role === 'admin' && <AdminPanel refreshKey={refresh.config} />}
    </main>
  );
}
