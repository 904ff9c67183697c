import type { KioskDatabase } from '../../store/open.ts';
import type { StatusUpdate } from './county-payloads.ts';

/** Names in the sync_state table (store/migrations/008). */
type SyncStateName = 'status-cursor' | 'last-success-at';

function readState(db: KioskDatabase, name: SyncStateName): string | undefined {
  return db.prepare<[string], { value: string }>('SELECT value FROM sync_state WHERE name = ?').get(name)?.value;
}

function writeState(db: KioskDatabase, name: SyncStateName, value: string): void {
  db.prepare('INSERT INTO sync_state (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value').run(name, value);
}

export function statusCursor(db: KioskDatabase): string | undefined {
  return readState(db, 'status-cursor');
}

export function lastSuccessAt(db: KioskDatabase): string | null {
  return readState(db, 'last-success-at') ?? null;
}

export function recordSuccess(db: KioskDatabase, now: Date): void {
  writeState(db, 'last-success-at', now.toISOString());
}

/**
 * The county's status changes, into the county's own columns: the hall worklist's `status` is the
 * hall's, and the county's word is never overwritten by the kiosk. Applied with the cursor in one
 * transaction, so a crash never skips or half-applies a page. Updates for references this hall does not
 * have are counted and skipped.
 */
export function applyStatusUpdates(db: KioskDatabase, updates: readonly StatusUpdate[]): { applied: number; unknown: number } {
  const update = db.prepare('UPDATE request SET county_status = ?, county_status_text = ?, county_status_at = ? WHERE reference = ?');
  return db.transaction(() => {
    let applied = 0;
    for (const each of updates) applied += update.run(each.status, each.statusText ?? null, each.updatedAt, each.reference).changes;
    const last = updates.at(-1);
    if (last) writeState(db, 'status-cursor', last.cursor);
    return { applied, unknown: updates.length - applied };
  })();
}
