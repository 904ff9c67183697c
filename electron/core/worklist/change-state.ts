import type { DataKey } from '../../store/crypto/index.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { sealReturnReason } from './return-reason.ts';
import { transition } from './transitions.ts';
import type { TransitionError, WorkAction } from './transitions.ts';
import type { WorkState } from './work-state.ts';

export type StateChange =
  | { ok: true; from: WorkState; to: WorkState }
  | { ok: false; error: 'unknown-request' }
  /** A reason is sealed (issue #16.5), and without the data key it cannot be. */
  | { ok: false; error: 'key-unavailable' }
  | { ok: false; error: TransitionError; from: WorkState };

/**
 * Moves a request on and records who did it and when (issue #7). Checked against the state in the same
 * transaction that writes it, so two consoles acting at once cannot both move it. A return reason is
 * stored sealed under `key`.
 */
export function changeWorkState(db: KioskDatabase, key: DataKey | undefined, reference: string, work: WorkAction, staffId: string, now: Date = new Date()): StateChange {
  return db
    .transaction((): StateChange => {
      const row = db.prepare<[string], { status: WorkState }>('SELECT status FROM request WHERE reference = ?').get(reference);
      if (!row) return { ok: false, error: 'unknown-request' };
      const next = transition(row.status, work);
      if (!next.ok) return { ...next, from: row.status };
      if (next.returnReason !== undefined && !key) return { ok: false, error: 'key-unavailable' };
      const sealedReason = next.returnReason === undefined || !key ? null : sealReturnReason(key, reference, next.returnReason);
      db.prepare(
        `UPDATE request SET status = ?, handled_by = ?, status_changed_at = ?,
           department_serial = coalesce(?, department_serial), return_reason = coalesce(?, return_reason)
         WHERE reference = ?`,
      ).run(next.to, staffId, now.toISOString(), next.departmentSerial ?? null, sealedReason, reference);
      return { ok: true, from: row.status, to: next.to };
    })
    .immediate();
}
