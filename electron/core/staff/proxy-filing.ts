import type { KioskDatabase } from '../../store/open.ts';

/**
 * Marks a request as filed by a staff member for the resident, who agreed to it (issue #6, proxy filing).
 * Called in the transaction that saves the request, so no proxy filing is ever saved unmarked.
 */
export function markProxyFiling(db: KioskDatabase, reference: string, staffId: string): void {
  const { changes } = db.prepare('UPDATE request SET filed_by = ?, proxy_consent = 1 WHERE reference = ?').run(staffId, reference);
  if (changes !== 1) throw new Error(`no request ${reference} to mark as a proxy filing`);
}
