import { randomBytes, createSecretKey } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { events } from '../../events.ts';
import { openStore } from '../../store/open.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { auditTrailOf } from '../../testing/audit-trail.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { checkAuditTrail } from './audit-check.ts';
import { appendAudit } from './audit-log.ts';
import type { AuditTrail } from './audit-log.ts';
import { genesisHash, keyedRowHash, unkeyedRowHash } from './audit-seal.ts';
import type { AuditRow } from './audit-seal.ts';

const tempDir = useTempDir();

const minute = (n: number) => new Date(Date.UTC(2026, 2, 2, 8, 30 + n));

/** A hall whose audit log has five rows, each followed by its checkpoint, as the kiosk writes them. */
function hallWithFiveRows(): { db: KioskDatabase; trail: AuditTrail } {
  const { db } = openStore(join(tempDir(), 'kiosk.db'));
  const trail = auditTrailOf(db);
  appendAudit(trail, events.staffSignIn, { where: 'console' }, 'demo-admin', minute(1));
  appendAudit(trail, events.queueCall, { number: 'A001', windowId: 'window-1' }, 'demo-admin', minute(2));
  appendAudit(trail, events.configChanged, { change: 'staff-removed', staffId: 'wang-fang' }, 'demo-admin', minute(3));
  appendAudit(trail, events.queueCall, { number: 'A002', windowId: 'window-1' }, 'demo-admin', minute(4));
  appendAudit(trail, events.staffSignOut, {}, 'demo-admin', minute(5));
  return { db, trail };
}

function rowsOf(db: KioskDatabase): AuditRow[] {
  return db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRow[];
}

/** What an attacker with write access to the database does to hide rows: no trigger stops them. */
function dropTriggers(db: KioskDatabase): void {
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete');
}

/** Rewrites the whole table as `rows`, chained and sealed by `seal`: the rewrite of someone who can compute the seal (or thinks so). */
function rebuildChain(db: KioskDatabase, rows: Pick<AuditRow, 'at' | 'event' | 'actor' | 'fields'>[], seal: (row: Omit<AuditRow, 'hash'>) => string): void {
  db.prepare('DELETE FROM audit_log').run();
  let previous = genesisHash;
  for (const [index, row] of rows.entries()) {
    const unsealed = { ...row, id: index + 1, previous_hash: previous };
    const hash = seal(unsealed);
    db.prepare('INSERT INTO audit_log (id, at, event, actor, fields, previous_hash, hash) VALUES (@id, @at, @event, @actor, @fields, @previous_hash, @hash)').run({ ...unsealed, hash });
    previous = hash;
  }
}

const checkpointAt = (rows: number) => ({ rows, at: minute(rows).toISOString() });

describe('audit:verify against tampering (issue #16.3)', () => {
  test('an untouched chain holds and reaches its latest checkpoint', () => {
    const { trail } = hallWithFiveRows();
    expect(checkAuditTrail(trail)).toEqual({ ok: true, rows: 5, checkpoint: checkpointAt(5) });
  });

  test('an edited row', () => {
    const { db, trail } = hallWithFiveRows();
    dropTriggers(db);
    db.prepare(`UPDATE audit_log SET actor = 'someone-else' WHERE id = 3`).run();
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 3, firstBrokenId: 3, reason: 'hash' });
  });

  test('a row removed from the middle', () => {
    const { db, trail } = hallWithFiveRows();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_log WHERE id = 3').run();
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 3, firstBrokenId: 3, reason: 'gap' });
  });

  test('the last rows removed: truncated', () => {
    const { db, trail } = hallWithFiveRows();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_log WHERE id > 3').run();
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 3, reason: 'truncated', checkpoint: checkpointAt(5) });
  });

  test('every row removed: wiped', () => {
    const { db, trail } = hallWithFiveRows();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_log').run();
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 0, reason: 'truncated', checkpoint: checkpointAt(5) });
  });

  test('a row removed and the chain recomputed without the key, as before #16.3: rewritten', () => {
    const { db, trail } = hallWithFiveRows();
    dropTriggers(db);
    const kept = rowsOf(db).filter((row) => row.id !== 3);
    rebuildChain(db, kept, unkeyedRowHash);
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 4, reason: 'rewritten', checkpoint: checkpointAt(1) });
    // Topped up to the old count, the rows the checkpoints named still differ.
    rebuildChain(db, [...kept, { at: minute(6).toISOString(), event: 'staff.sign-out', actor: 'demo-admin', fields: '{}' }], unkeyedRowHash);
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 5, reason: 'rewritten', checkpoint: checkpointAt(1) });
  });

  test('a chain rebuilt under a guessed key: every row fails its seal', () => {
    const { db, trail } = hallWithFiveRows();
    dropTriggers(db);
    const guessed = createSecretKey(randomBytes(32));
    rebuildChain(db, rowsOf(db).filter((row) => row.id !== 3), (row) => keyedRowHash(guessed, row));
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 1, firstBrokenId: 1, reason: 'hash' });
  });

  test('an unkeyed row added after keyed ones', () => {
    const { db, trail } = hallWithFiveRows();
    const last = rowsOf(db).at(-1) as AuditRow;
    const added = { id: 6, at: minute(6).toISOString(), event: 'queue.call', actor: 'demo-admin', fields: '{}', previous_hash: last.hash };
    db.prepare('INSERT INTO audit_log (id, at, event, actor, fields, previous_hash, hash) VALUES (@id, @at, @event, @actor, @fields, @previous_hash, @hash)').run({ ...added, hash: unkeyedRowHash(added) });
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 6, firstBrokenId: 6, reason: 'hash' });
  });

  test('a forged checkpoint after a truncation, and a changed one', () => {
    const { db, trail } = hallWithFiveRows();
    dropTriggers(db);
    db.prepare('DELETE FROM audit_log WHERE id > 3').run();
    const lines = readFileSync(trail.checkpointFile, 'utf8').trimEnd().split('\n');
    const third = JSON.parse(lines[3] as string) as { rows: number; head: string; at: string; mac: string };
    // The third checkpoint again, with a newer time, under the old signature.
    appendFileSync(trail.checkpointFile, `${JSON.stringify({ ...third, at: minute(9).toISOString() })}\n`);
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 3, reason: 'checkpoint-forged', line: 7 });

    writeFileSync(trail.checkpointFile, `${lines.slice(0, 3).join('\n')}\n${lines[3]?.replace('"rows":3', '"rows":2')}\n`);
    expect(checkAuditTrail(trail)).toMatchObject({ reason: 'checkpoint-forged', line: 4 });
  });

  test('the checkpoint file removed, or emptied', () => {
    const { trail } = hallWithFiveRows();
    writeFileSync(trail.checkpointFile, '');
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 5, reason: 'checkpoint-missing' });
    rmSync(trail.checkpointFile);
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 5, reason: 'checkpoint-missing' });
  });

  test('a checkpoint line a power cut left half-written is ignored', () => {
    const { trail } = hallWithFiveRows();
    appendFileSync(trail.checkpointFile, '{"rows":6,"head":"ab');
    expect(checkAuditTrail(trail)).toEqual({ ok: true, rows: 5, checkpoint: checkpointAt(5) });
  });

  describe('what the local files cannot show (README.md, Audit log)', () => {
    test('rows written after the last checkpoint can be removed unnoticed', () => {
      const { db, trail } = hallWithFiveRows();
      // A power cut between the row's commit and its checkpoint: the row has none.
      appendAudit({ ...trail, checkpointFile: join(tempDir(), 'lost-checkpoints.jsonl') }, events.queueCall, { number: 'A003', windowId: 'window-1' }, 'demo-admin', minute(6));
      expect(checkAuditTrail(trail)).toEqual({ ok: true, rows: 6, checkpoint: checkpointAt(5) });
      dropTriggers(db);
      db.prepare('DELETE FROM audit_log WHERE id = 6').run();
      expect(checkAuditTrail(trail)).toEqual({ ok: true, rows: 5, checkpoint: checkpointAt(5) });
    });

    test('the last rows removed together with their checkpoint lines, by someone who can write both files, pass', () => {
      const { db, trail } = hallWithFiveRows();
      dropTriggers(db);
      db.prepare('DELETE FROM audit_log WHERE id > 3').run();
      const lines = readFileSync(trail.checkpointFile, 'utf8').split('\n');
      writeFileSync(trail.checkpointFile, `${lines.slice(0, 4).join('\n')}\n`);
      // Only a checkpoint the county already holds shows it.
      expect(checkAuditTrail(trail)).toEqual({ ok: true, rows: 3, checkpoint: checkpointAt(3) });
    });
  });
});
