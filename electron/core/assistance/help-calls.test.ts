import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../store/open.ts';
import { shippedSeeds } from '../../testing/kiosk-files.ts';
import { loadCatalogIntoStore } from '../catalog/catalog.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { acknowledgeHelpCall, clearHelpCall, helpAvailability, helpCallState, openHelpCalls, recordHelpCall } from './help-calls.ts';

const tempDir = useTempDir();
const weekdays = [{ days: [1, 2, 3, 4, 5], open: '08:30', close: '17:30' }];
/** 27 November 2026 is a Friday, 28 a Saturday; local times. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);

function store() {
  return openStore(join(tempDir(), 'kiosk.db')).db;
}

describe('helpAvailability', () => {
  test('needs a staff console online while the hall is open', () => {
    expect(helpAvailability(1, weekdays, at(27, 9))).toBe('available');
    expect(helpAvailability(0, weekdays, at(27, 9))).toBe('nobody');
    expect(helpAvailability(2, weekdays, at(28, 9))).toBe('closed');
    expect(helpAvailability(0, weekdays, at(27, 18))).toBe('closed');
  });
});

describe('help calls', () => {
  test('a call staff can answer waits, is acknowledged, then cleared, and leaves the open list', () => {
    const db = store();
    const call = recordHelpCall(db, { screen: 'form:high-age-allowance:date-of-birth', serviceId: 'high-age-allowance' }, 'available', at(27, 9));
    expect(call.state).toBe('waiting');
    expect(openHelpCalls(db, at(27, 9, 1))).toEqual([
      { id: call.id, createdAt: at(27, 9).toISOString(), screen: 'form:high-age-allowance:date-of-birth', state: 'waiting' },
    ]);
    expect(acknowledgeHelpCall(db, call.id, at(27, 9, 2))).toEqual({ ok: true, changed: true });
    expect(acknowledgeHelpCall(db, call.id, at(27, 9, 2))).toEqual({ ok: true, changed: false });
    expect(helpCallState(db, call.id)).toEqual({ id: call.id, state: 'acknowledged' });
    expect(clearHelpCall(db, call.id, at(27, 9, 5))).toEqual({ ok: true, changed: true });
    expect(clearHelpCall(db, call.id, at(27, 9, 6))).toEqual({ ok: true, changed: false });
    expect(acknowledgeHelpCall(db, call.id, at(27, 9, 6))).toEqual({ ok: true, changed: false });
    expect(openHelpCalls(db, at(27, 9, 6))).toEqual([]);
  });

  test('a call nobody can answer is kept for the figures, with why, and cannot be acknowledged', () => {
    const db = store();
    const nobody = recordHelpCall(db, { screen: 'home' }, 'nobody', at(27, 9));
    const closed = recordHelpCall(db, { screen: 'queue:business-type' }, 'closed', at(28, 9));
    expect([nobody.state, closed.state]).toEqual(['unanswered', 'unanswered']);
    expect(db.prepare('SELECT screen, state, outcome FROM help_call ORDER BY id').all()).toEqual([
      { screen: 'home', state: 'unanswered', outcome: 'nobody' },
      { screen: 'queue:business-type', state: 'unanswered', outcome: 'closed' },
    ]);
    expect(openHelpCalls(db, at(27, 9, 1))).toEqual([]);
    expect(acknowledgeHelpCall(db, nobody.id)).toEqual({ ok: false, error: 'unknown-help-call' });
    expect(clearHelpCall(db, 999)).toEqual({ ok: false, error: 'unknown-help-call' });
    expect(helpCallState(db, 999)).toBeUndefined();
  });

  test('a call from the appeals service keeps neither its screen nor its service', () => {
    const db = store();
    // The seed, not the code, says the appeals service is sealed.
    loadCatalogIntoStore(db, shippedSeeds());
    recordHelpCall(db, { screen: 'form:appeals-feedback:category', serviceId: 'appeals-feedback' }, 'available', at(27, 9));
    recordHelpCall(db, { screen: 'service:appeals-feedback' }, 'available', at(27, 9, 1));
    recordHelpCall(db, { screen: 'home', serviceId: 'appeals-feedback' }, 'nobody', at(27, 9, 2));
    expect(db.prepare('SELECT screen, service_id FROM help_call').all()).toEqual([
      { screen: null, service_id: null },
      { screen: null, service_id: null },
      { screen: null, service_id: null },
    ]);
    expect(openHelpCalls(db, at(27, 9, 3)).map((call) => call.screen)).toEqual([null, null]);
  });

  test("lists today's open calls only, oldest first", () => {
    const db = store();
    recordHelpCall(db, { screen: 'home' }, 'available', at(26, 16));
    const first = recordHelpCall(db, { screen: 'service:medical-insurance' }, 'available', at(27, 9));
    const second = recordHelpCall(db, { screen: 'home' }, 'available', at(27, 9, 30));
    expect(openHelpCalls(db, at(27, 10)).map((call) => call.id)).toEqual([first.id, second.id]);
  });
});
