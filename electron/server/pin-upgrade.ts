import { writeConfigChange } from '../config/write.ts';
import type { RecordAudit } from '../core/audit/audit-log.ts';
import { catalogServices } from '../core/staff/catalog-services.ts';
import { hashPin, isBelowCost } from '../core/staff/pin.ts';
import { withPin } from '../core/staff/staff-changes.ts';
import type { StaffMember } from '../core/staff/staff-config.ts';
import { events } from '../events.ts';
import type { KioskDeps } from './kiosk-deps.ts';

/**
 * Issue #16.7: a PIN hash made at an older, cheaper scrypt cost is made again at today's when its owner
 * signs in (the only time the kiosk has the PIN), and written to the hall's config file, where the console
 * keeps PIN hashes. A kiosk on a fallback config leaves the file alone, as admins' changes do.
 */
export async function upgradePinHash(deps: Pick<KioskDeps, 'db' | 'config' | 'configPaths' | 'pinCost'>, audit: RecordAudit, member: StaffMember, pin: string): Promise<void> {
  if (!isBelowCost(member.pinHash, deps.pinCost) || deps.config.current().source !== 'file') return;
  const pinHash = await hashPin(pin, deps.pinCost);
  // An admin may have changed this member while scrypt ran: renew only the hash that was checked.
  const staff = deps.config.current().config.staff;
  if (!staff.some((each) => each.id === member.id && each.pinHash === member.pinHash)) return;
  const changed = withPin(staff, member.id, pinHash);
  if (!changed.ok) return;
  const written = writeConfigChange(deps.configPaths, catalogServices(deps.db), { staff: changed.staff });
  if (!written.ok) return;
  deps.config.replace({ config: written.config, source: 'file', problems: [], requestedPath: deps.configPaths.requested });
  audit(events.staffPinRehashed, { from: member.pinHash.split('$').slice(1, 4).join('$') }, member.id);
}
