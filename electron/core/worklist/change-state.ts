import type { KioskDatabase } from '../../store/open.ts';
import { transition } from './transitions.ts';
import type { TransitionError, WorkAction } from './transitions.ts';
import type { WorkState } from './work-state.ts';

export type StateChange =
  | { ok: true; from: WorkState; to: WorkState }
  | { ok: false; error: 'unknown-request' }
  | { ok: false; error: TransitionError; from: WorkState };

/**
 * Moves a request on and records who did it and when (issue #7). Checked against the state in the same
 * transaction that writes it, so two consoles acting at once cannot both move it.
 */
export function changeWorkState(db: KioskDatabase, reference: string, work: WorkAction, staffId: string, now: Date = new Date()): StateChange {
  return db
    .transaction((): StateChange => {
      const row = db.prepare<[string], { status: WorkState }>('SELECT status FROM request WHERE reference = ?').get(reference);
      if (!row) return { ok: false, error: 'unknown-request' };
      const next = transition(row.status, work);
      if (!next.ok) return { ...next, from: row.status };
      db.prepare(
        `UPDATE request SET status = ?, handled_by = ?, status_changed_at = ?,
           department_serial = coalesce(?, department_serial), return_reason = coalesce(?, return_reason)
         WHERE reference = ?`,
      ).run(next.to, staffId, now.toISOString(), next.departmentSerial ?? null, next.returnReason ?? null, reference);
      return { ok: true, from: row.status, to: next.to };
    })
    .immediate();
}
