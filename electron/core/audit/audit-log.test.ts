import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { events } from '../../events.ts';
import { memoryLogger } from '../../log.ts';
import { openStore } from '../../store/open.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { auditTrailOf } from '../../testing/audit-trail.ts';
import { checkAuditTrail } from './audit-check.ts';
import { appendAudit, audited, genesisHash, recentAudit } from './audit-log.ts';

const tempDir = useTempDir();

function storeWithThreeRows() {
  const { db } = openStore(join(tempDir(), 'kiosk.db'));
  const trail = auditTrailOf(db);
  appendAudit(trail, events.staffSignIn, { where: 'console' }, 'demo-admin', new Date('2026-03-02T08:30:00Z'));
  appendAudit(trail, events.queueCall, { number: 'A001', windowId: 'window-1' }, 'demo-admin', new Date('2026-03-02T08:31:00Z'));
  appendAudit(trail, events.staffSignOut, {}, 'demo-admin', new Date('2026-03-02T08:32:00Z'));
  return { db, trail };
}

const threeRowsChecked = { ok: true, rows: 3, checkpoint: { rows: 3, at: '2026-03-02T08:32:00.000Z' } };

describe('the audit log', () => {
  test('chains each row to the one before, starting from the genesis hash', () => {
    const { db, trail } = storeWithThreeRows();
    const rows = db.prepare('SELECT id, previous_hash, hash FROM audit_log ORDER BY id').all() as { id: number; previous_hash: string; hash: string }[];
    expect(rows.map((row) => row.id)).toEqual([1, 2, 3]);
    expect(rows[0]?.previous_hash).toBe(genesisHash);
    expect(rows[1]?.previous_hash).toBe(rows[0]?.hash);
    expect(rows[2]?.previous_hash).toBe(rows[1]?.hash);
    expect(checkAuditTrail(trail)).toEqual(threeRowsChecked);
  });

  test('an empty log holds', () => {
    const { db } = openStore(join(tempDir(), 'kiosk.db'));
    expect(checkAuditTrail(auditTrailOf(db))).toEqual({ ok: true, rows: 0, checkpoint: { rows: 0, at: expect.any(String) } });
  });

  test('audited writes the row and a log line with the actor', () => {
    const { db } = openStore(join(tempDir(), 'kiosk.db'));
    const log = memoryLogger();
    audited(auditTrailOf(db), log)(events.sessionReset, { reason: 'staff' }, 'wang-fang');
    expect(log.lines).toEqual([{ event: events.sessionReset, fields: { reason: 'staff', actor: 'wang-fang' } }]);
    expect(recentAudit(db)).toEqual([{ id: 1, at: expect.any(String), event: 'session.reset', actor: 'wang-fang', fields: { reason: 'staff' } }]);
  });

  test('lists the newest rows first', () => {
    const { db } = storeWithThreeRows();
    expect(recentAudit(db, 2).map((row) => row.event)).toEqual(['staff.sign-out', 'queue.call']);
  });

  test('refuses to change or remove a row', () => {
    const { db, trail } = storeWithThreeRows();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone-else' WHERE id = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
    expect(checkAuditTrail(trail)).toEqual(threeRowsChecked);
  });

  test('finds a row whose content was changed behind the triggers', () => {
    const { db, trail } = storeWithThreeRows();
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET fields = '{"number":"A002","windowId":"window-1"}' WHERE id = 2`).run();
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 2, firstBrokenId: 2, reason: 'hash' });
  });

  test('finds a removed row in the middle', () => {
    const { db, trail } = storeWithThreeRows();
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE id = 2').run();
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 2, firstBrokenId: 2, reason: 'gap' });
  });

  test('finds a removed row whose ids were closed up, by the broken link', () => {
    const { db, trail } = storeWithThreeRows();
    db.exec('DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_no_update');
    db.prepare('DELETE FROM audit_log WHERE id = 2').run();
    db.prepare('UPDATE audit_log SET id = 2 WHERE id = 3').run();
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 2, firstBrokenId: 2, reason: 'link' });
  });
});
