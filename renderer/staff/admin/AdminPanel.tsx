import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failureText } from '../failure-text.ts';
import { staffApi } from '../staff-api.ts';
import type { ApiResult } from '../staff-api.ts';
import { useLoaded } from '../use-loaded.ts';
import { AddStaffForm } from './AddStaffForm.tsx';
import { ChangeOutcome } from './ChangeOutcome.tsx';
import type { Outcome } from './ChangeOutcome.tsx';
import { PairedDevices } from './PairedDevices.tsx';
import { ServiceSwitches } from './ServiceSwitches.tsx';
import { StaffMembers } from './StaffMembers.tsx';
import { TimingForm } from './TimingForm.tsx';

type Part = 'staff' | 'newStaff' | 'devices' | 'services' | 'timing';

/** product.md, Configuration: day-to-day changes are made here by a hall admin, never in a text editor. */
export function AdminPanel({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation();
  const admin = useLoaded(staffApi.admin, refreshKey);
  const devices = useLoaded(staffApi.devices, refreshKey);
  // Each part says what became of its change right below it, where the admin is looking.
  const [outcomes, setOutcomes] = useState<Partial<Record<Part, Outcome>>>({});
  const doneWith = (part: Part) => (result: ApiResult, savedText: string) => {
    setOutcomes({ [part]: result.ok ? { kind: 'saved', text: savedText } : { kind: 'failed', failure: result } });
    admin.reload();
    devices.reload();
  };
  const data = admin.data;
  return (
    <section aria-labelledby="staff-admin" className="staff__panel">
      <h2 id="staff-admin">{t('staff.admin.heading')}</h2>
      {admin.failure && <p className="staff__error">{failureText(t, admin.failure)}</p>}
      {data && (
        <div className="staff__admin">
          <section aria-labelledby="staff-staff">
            <h3 id="staff-staff">{t('staff.admin.staff.heading')}</h3>
            <StaffMembers staff={data.staff} onDone={doneWith('staff')} />
            <ChangeOutcome outcome={outcomes.staff} />
            <AddStaffForm onDone={doneWith('newStaff')} />
            <ChangeOutcome outcome={outcomes.newStaff} />
          </section>
          <section aria-labelledby="staff-devices">
            <h3 id="staff-devices">{t('staff.admin.devices.heading')}</h3>
            {devices.failure && <p className="staff__error">{failureText(t, devices.failure)}</p>}
            {devices.data && <PairedDevices devices={devices.data.devices} staff={data.staff} onDone={doneWith('devices')} />}
            <ChangeOutcome outcome={outcomes.devices} />
          </section>
          <section aria-labelledby="staff-services">
            <h3 id="staff-services">{t('staff.admin.services.heading')}</h3>
            <ServiceSwitches services={data.services} onDone={doneWith('services')} />
            <ChangeOutcome outcome={outcomes.services} />
          </section>
          <section aria-labelledby="staff-timing">
            <h3 id="staff-timing">{t('staff.admin.timing.heading')}</h3>
            <TimingForm timing={data.timing} onDone={doneWith('timing')} />
            <ChangeOutcome outcome={outcomes.timing} />
          </section>
        </div>
      )}
    </section>
  );
}
