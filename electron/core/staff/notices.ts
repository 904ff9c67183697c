import type { KioskDatabase } from '../../store/open.ts';

/**
 * database-restored (issue #8): the damaged file set aside and the newest sound backup put in its place.
 * lan-* (issue #16.9): the LAN side did not start, and why.
 * rate-limited (issue #16.4): a client went over a limit on tickets, help calls or speech, once per episode.
 * sign-in-ceiling (issue #16.7): too many wrong PINs across the hall; paired devices may not sign in for a while.
 */
export type StaffNoticeKind =
  | 'database-set-aside'
  | 'database-restored'
  | 'lan-certificate-missing'
  | 'lan-certificate-unreadable'
  | 'lan-certificate-expired'
  | 'lan-certificate-not-yet-valid'
  | 'lan-certificate-expiring'
  | 'lan-key-mismatch'
  | 'lan-port-unavailable'
  | 'sign-in-ceiling'
  | 'rate-limited';

export interface StaffNotice {
  id: number;
  createdAt: string;
  kind: StaffNoticeKind;
  detail: Record<string, string>;
}

export function addStaffNotice(db: KioskDatabase, kind: StaffNoticeKind, detail: Record<string, string>, now = new Date()): void {
  db.prepare('INSERT INTO staff_notice (created_at, kind, detail) VALUES (?, ?, ?)').run(now.toISOString(), kind, JSON.stringify(detail));
}

/** Notices staff have not yet acknowledged, newest first. */
export function openStaffNotices(db: KioskDatabase): StaffNotice[] {
  const rows = db
    .prepare('SELECT id, created_at, kind, detail FROM staff_notice WHERE acknowledged_at IS NULL ORDER BY id DESC')
    .all() as { id: number; created_at: string; kind: StaffNoticeKind; detail: string }[];
  return rows.map((row) => ({ id: row.id, createdAt: row.created_at, kind: row.kind, detail: JSON.parse(row.detail) as Record<string, string> }));
}
