import { describe, expect, test } from 'vitest';
import { allowedActions, checkDepartmentSerial, transition } from './transitions.ts';

describe('a request moving through the hall', () => {
  test('is taken, entered with its 流水号, then done', () => {
    expect(transition('new', { action: 'take' })).toEqual({ ok: true, to: 'handling' });
    expect(transition('handling', { action: 'enter', serial: ' MZ-2026-000123 ' })).toEqual({ ok: true, to: 'entered', departmentSerial: 'MZ-2026-000123' });
    expect(transition('entered', { action: 'finish' })).toEqual({ ok: true, to: 'done' });
  });

  test('can be handed back with a reason from any open state, never without one', () => {
    for (const from of ['new', 'handling', 'entered'] as const) {
      expect(transition(from, { action: 'return', reason: ' 缺少户口本复印件 ' })).toEqual({ ok: true, to: 'returned', returnReason: '缺少户口本复印件' });
      expect(transition(from, { action: 'return', reason: '   ' })).toEqual({ ok: false, error: 'reason-missing' });
    }
    expect(transition('new', { action: 'return', reason: '长'.repeat(201) })).toEqual({ ok: false, error: 'reason-too-long' });
    // Issue #16.10: the resident reads this reason; nothing in it may hide or reorder what they see.
    for (const reason of ['缺少\u0000材料', '缺少\u001b[2J材料', '\ufeff缺少材料', '缺少\u202e料材', '缺少材料\ud800', '缺少\n材料']) {
      expect(transition('new', { action: 'return', reason })).toEqual({ ok: false, error: 'reason-untypeable' });
    }
  });

  test('cannot skip a step or leave a closed state', () => {
    expect(transition('new', { action: 'enter', serial: 'A1' })).toEqual({ ok: false, error: 'not-allowed' });
    expect(transition('new', { action: 'finish' })).toEqual({ ok: false, error: 'not-allowed' });
    expect(transition('handling', { action: 'take' })).toEqual({ ok: false, error: 'not-allowed' });
    expect(transition('done', { action: 'return', reason: '重复' })).toEqual({ ok: false, error: 'not-allowed' });
    expect(transition('returned', { action: 'take' })).toEqual({ ok: false, error: 'not-allowed' });
    expect(allowedActions('done')).toEqual([]);
    expect(allowedActions('handling')).toEqual(['enter', 'return']);
  });

  test('takes a 流水号 of 1 to 40 letters, digits and dashes', () => {
    expect(checkDepartmentSerial('7')).toEqual({ ok: true, serial: '7' });
    expect(checkDepartmentSerial('A'.repeat(40))).toMatchObject({ ok: true });
    for (const bad of ['', '  ', 'A'.repeat(41), 'MZ 2026', 'MZ/2026', '流水123', 'MZ_1']) {
      expect(checkDepartmentSerial(bad)).toEqual({ ok: false, error: 'invalid-serial' });
    }
    expect(transition('handling', { action: 'enter', serial: 'MZ 1' })).toEqual({ ok: false, error: 'invalid-serial' });
  });
});
