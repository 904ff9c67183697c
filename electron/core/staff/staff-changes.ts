import { pinyin } from 'pinyin-pro';
import type { StaffMember } from './staff-config.ts';

/** Why an admin's change to the staff list is refused; the console says it in words (staff locales). */
export type StaffChangeProblem = { kind: 'lastAdmin'; path: 'staff' } | { kind: 'pinInUse'; path: 'pin' };

export type StaffChange =
  | { ok: true; staff: StaffMember[] }
  | { ok: false; error: 'unknown-staff' }
  | { ok: false; error: 'invalid-change'; problems: StaffChangeProblem[] };

/**
 * A readable id for a new member, such as `wang-fang` for 王芳, so the audit log names people plainly;
 * `wang-fang-2` when that is taken.
 */
export function staffIdFor(name: string, taken: ReadonlySet<string>): string {
  const spelled = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' ');
  const base =
    spelled
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'staff';
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}

export function withStaffAdded(staff: readonly StaffMember[], member: Omit<StaffMember, 'id'>): { staff: StaffMember[]; id: string } {
  const id = staffIdFor(member.name, new Set(staff.map((each) => each.id)));
  return { staff: [...staff, { id, ...member }], id };
}

/** Nobody could manage the hall without an admin, so the last one can be neither removed nor made staff. */
function keepsAnAdmin(next: StaffMember[]): StaffChange {
  return next.some((each) => each.role === 'admin')
    ? { ok: true, staff: next }
    : { ok: false, error: 'invalid-change', problems: [{ kind: 'lastAdmin', path: 'staff' }] };
}

export function withStaffRemoved(staff: readonly StaffMember[], id: string): StaffChange {
  if (!staff.some((each) => each.id === id)) return { ok: false, error: 'unknown-staff' };
  return keepsAnAdmin(staff.filter((each) => each.id !== id));
}

export function withRole(staff: readonly StaffMember[], id: string, role: StaffMember['role']): StaffChange {
  if (!staff.some((each) => each.id === id)) return { ok: false, error: 'unknown-staff' };
  return keepsAnAdmin(staff.map((each) => (each.id === id ? { ...each, role } : each)));
}

export function withPin(staff: readonly StaffMember[], id: string, pinHash: string): StaffChange {
  if (!staff.some((each) => each.id === id)) return { ok: false, error: 'unknown-staff' };
  return { ok: true, staff: staff.map((each) => (each.id === id ? { ...each, pinHash } : each)) };
}
