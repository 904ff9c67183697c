import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { staffApi } from '../staff-api.ts';
import type { AdminSettings, ApiResult, PairedDevice } from '../staff-api.ts';
import { StaffTable } from '../StaffTable.tsx';

export interface PairedDevicesProps {
  devices: readonly PairedDevice[];
  /** The hall's staff, to name who paired each device. */
  staff: AdminSettings['staff'];
  onDone: (result: ApiResult, savedText: string) => void;
}

/**
 * Issue #16.8: the devices paired with the kiosk, with when and where each was last used (so a token
 * replayed from elsewhere shows), and revocation.
 */
export function PairedDevices({ devices, staff, onDone }: PairedDevicesProps) {
  const { t, i18n } = useTranslation();
  if (devices.length === 0) return <p>{t('staff.admin.devices.none')}</p>;
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const pairedBy = (id: string) => staff.find((member) => member.id === id)?.name ?? id;
  return (
    <StaffTable caption={t('staff.admin.devices.caption')} columns={[t('staff.admin.devices.name'), t('staff.admin.devices.paired'), t('staff.admin.devices.lastSeen'), t('staff.admin.devices.actions')]}>
      {devices.map((device) => {
        const name = device.name ?? t('staff.admin.devices.unnamed', { id: device.id });
        return (
          <tr key={device.id}>
            <th scope="row">{name}</th>
            <td>{t('staff.admin.devices.pairedWhen', { when: when(device.pairedAt), who: pairedBy(device.pairedBy) })}</td>
            <td>
              {t('staff.admin.devices.lastSeenWhen', { when: when(device.lastSeenAt), address: device.lastAddress ?? t('staff.admin.devices.noAddress') })}
              {device.expired && <> {t('staff.admin.devices.expired')}</>}
            </td>
            <td className="staff__table-actions">
              <ConfirmButton
                label={t('staff.admin.devices.revoke')}
                question={t('staff.admin.devices.revokeQuestion', { name })}
                detail={t('staff.admin.devices.revokeDetail')}
                confirmLabel={t('staff.admin.devices.revokeConfirm')}
                onConfirm={() => void staffApi.revokeDevice(device.id).then((result) => onDone(result, t('staff.admin.devices.revoked', { name })))}
              />
            </td>
          </tr>
        );
      })}
    </StaffTable>
  );
}
