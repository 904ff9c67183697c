import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { staffApi } from '../staff-api.ts';
import type { ApiResult, StaffMember } from '../staff-api.ts';
import { ResetPinButton } from './ResetPinButton.tsx';
import { StaffTable } from '../StaffTable.tsx';

export interface StaffMembersProps {
  staff: readonly StaffMember[];
  onDone: (result: ApiResult, savedText: string) => void;
}

/** The hall's staff, each with a new PIN and removal. */
export function StaffMembers({ staff, onDone }: StaffMembersProps) {
  const { t } = useTranslation();
  return (
    <StaffTable caption={t('staff.admin.staff.caption')} columns={[t('staff.admin.staff.name'), t('staff.admin.staff.role'), t('staff.admin.staff.actions')]}>
      {staff.map((member) => (
        <tr key={member.id}>
          <th scope="row">{member.name}</th>
          <td>{t(`staff.role.${member.role}`)}</td>
          <td>
            <div className="staff__actions">
              <ResetPinButton member={member} onDone={onDone} />
              <ConfirmButton
                label={t('staff.admin.staff.remove')}
                question={t('staff.admin.staff.removeQuestion', { name: member.name })}
                detail={t('staff.admin.staff.removeDetail')}
                confirmLabel={t('staff.admin.staff.removeConfirm')}
                onConfirm={() => void staffApi.removeStaff(member.id).then((result) => onDone(result, t('staff.admin.staff.removed', { name: member.name })))}
              />
            </div>
          </td>
        </tr>
      ))}
    </StaffTable>
  );
}
