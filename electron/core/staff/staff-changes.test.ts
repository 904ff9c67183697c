import { describe, expect, test } from 'vitest';
import type { StaffMember } from './staff-config.ts';
import { staffIdFor, withPin, withRole, withStaffAdded, withStaffRemoved } from './staff-changes.ts';

const hash = 'scrypt$1024$8$1$c2FsdA==$aGFzaA==';
const admin: StaffMember = { id: 'demo-admin', name: '演示管理员', role: 'admin', pinHash: hash };
const wangFang: StaffMember = { id: 'wang-fang', name: '王芳', role: 'staff', pinHash: hash };

describe('changes to the staff list', () => {
  test.each([
    ['王芳', [], 'wang-fang'],
    ['王芳', ['wang-fang'], 'wang-fang-2'],
    ['王芳', ['wang-fang', 'wang-fang-2'], 'wang-fang-3'],
    ['吕小绿', [], 'lv-xiao-lv'],
    ['Zhang Wei', [], 'zhang-wei'],
    ['😀', [], 'staff'],
  ])('names %s by pinyin, given ids %j, as %s', (name, taken, id) => {
    expect(staffIdFor(name, new Set(taken))).toBe(id);
  });

  test('adds a member with a new id', () => {
    expect(withStaffAdded([admin, wangFang], { name: '王芳', role: 'staff', pinHash: hash })).toEqual({
      staff: [admin, wangFang, { id: 'wang-fang-2', name: '王芳', role: 'staff', pinHash: hash }],
      id: 'wang-fang-2',
    });
  });

  test('removes a member, but never the last admin', () => {
    expect(withStaffRemoved([admin, wangFang], 'wang-fang')).toEqual({ ok: true, staff: [admin] });
    expect(withStaffRemoved([admin, wangFang], 'demo-admin')).toEqual({
      ok: false,
      error: 'invalid-change',
      problems: [{ kind: 'lastAdmin', path: 'staff' }],
    });
    expect(withStaffRemoved([admin, { ...wangFang, role: 'admin' }], 'demo-admin')).toMatchObject({ ok: true });
    expect(withStaffRemoved([admin], 'li-ming')).toEqual({ ok: false, error: 'unknown-staff' });
  });

  test('changes a role, but never makes the last admin staff', () => {
    expect(withRole([admin, wangFang], 'wang-fang', 'admin')).toEqual({ ok: true, staff: [admin, { ...wangFang, role: 'admin' }] });
    expect(withRole([admin, wangFang], 'demo-admin', 'staff')).toMatchObject({ ok: false, problems: [{ kind: 'lastAdmin' }] });
    expect(withRole([admin], 'li-ming', 'staff')).toEqual({ ok: false, error: 'unknown-staff' });
  });

  test('replaces a PIN hash', () => {
    const other = 'scrypt$1024$8$1$b3RoZXI=$b3RoZXI=';
    expect(withPin([admin, wangFang], 'wang-fang', other)).toEqual({ ok: true, staff: [admin, { ...wangFang, pinHash: other }] });
    expect(withPin([admin], 'li-ming', other)).toEqual({ ok: false, error: 'unknown-staff' });
  });
});
