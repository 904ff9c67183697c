import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { events } from '../../events.ts';
import { memoryLogger } from '../../log.ts';
import type { KeyWrapper } from '../../store/crypto/index.ts';
import { openStore } from '../../store/open.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { checkAuditTrail } from './audit-check.ts';
import { appendAudit, recentAudit } from './audit-log.ts';
import { genesisHash, unkeyedRowHash } from './audit-seal.ts';
import { auditTrailFiles, openAuditTrail } from './audit-trail.ts';

const tempDir = useTempDir();

/** Rows as the kiosk wrote them before issue #16.3: chained with plain SHA-256. */
function writeUnkeyedRows(db: KioskDatabase, count: number): void {
  let previous = genesisHash;
  for (let id = 1; id <= count; id += 1) {
    const row = { id, at: `2026-01-0${id}T08:00:00.000Z`, event: 'queue.call', actor: 'demo-admin', fields: `{"number":"A00${id}"}`, previous_hash: previous };
    previous = unkeyedRowHash(row);
    db.prepare('INSERT INTO audit_log (id, at, event, actor, fields, previous_hash, hash) VALUES (@id, @at, @event, @actor, @fields, @previous_hash, @hash)').run({ ...row, hash: previous });
  }
}

function freshStore() {
  const dataDir = tempDir();
  return { dataDir, db: openStore(join(dataDir, 'kiosk.db')).db };
}

describe('openAuditTrail (issue #16.3)', () => {
  test('a new hall gets an owner-only audit key beside the data key, and a signed checkpoint file', () => {
    const { dataDir, db } = freshStore();
    const trail = openAuditTrail(db, dataDir);
    const { keyFile, checkpointFile } = auditTrailFiles(dataDir);
    expect(keyFile).toBe(join(dataDir, 'keys', 'audit.key'));
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(checkpointFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(checkpointFile, 'utf8')).toMatch(/^\{"rows":0,"head":"0{64}","at":"[^"]+","mac":"[0-9a-f]{64}"\}\n$/);
    expect(checkAuditTrail(trail)).toMatchObject({ ok: true, rows: 0 });
    // Never in the database.
    const key = trail.key.ok ? trail.key.key.export().toString('hex') : 'no key';
    expect(readFileSync(join(dataDir, 'kiosk.db')).toString('latin1')).not.toContain(key);
  });

  test('a hall upgrading from the unkeyed chain: the old chain is checked, the switch audited, then every row keyed', () => {
    const { dataDir, db } = freshStore();
    writeUnkeyedRows(db, 3);
    const oldHead = (db.prepare('SELECT hash FROM audit_log WHERE id = 3').get() as { hash: string }).hash;
    const trail = openAuditTrail(db, dataDir, { now: new Date('2026-03-02T08:00:00Z') });
    expect(recentAudit(db, 1)).toEqual([
      { id: 4, at: '2026-03-02T08:00:00.000Z', event: 'audit.chain-keyed', actor: null, fields: { unkeyedRows: 3, unkeyedHead: oldHead, unkeyedChain: 'holds' } },
    ]);
    appendAudit(trail, events.staffSignIn, { where: 'console' }, 'demo-admin');
    expect(checkAuditTrail(trail)).toMatchObject({ ok: true, rows: 5, checkpoint: { rows: 5 } });
    // A second start switches nothing more.
    openAuditTrail(db, dataDir);
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE event = 'audit.chain-keyed'").get()).toEqual({ n: 1 });
    // The older rows stay unkeyed, and are still checked: an edit there is found.
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET fields = '{"number":"A009"}' WHERE id = 2`).run();
    expect(checkAuditTrail(trail)).toEqual({ ok: false, rows: 2, firstBrokenId: 2, reason: 'hash' });
  });

  test('an old chain already broken at the upgrade is recorded as broken, and stays reported', () => {
    const { dataDir, db } = freshStore();
    writeUnkeyedRows(db, 3);
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE id = 2').run();
    const trail = openAuditTrail(db, dataDir);
    expect(recentAudit(db, 1)[0]?.fields).toMatchObject({ unkeyedRows: 3, unkeyedChain: 'broken at row 2 (gap)' });
    expect(checkAuditTrail(trail)).toMatchObject({ ok: false, firstBrokenId: 2, reason: 'gap' });
  });

  test('a row audited inside a caller’s transaction is checkpointed once it commits, and not when it rolls back', async () => {
    const { dataDir, db } = freshStore();
    const trail = openAuditTrail(db, dataDir);
    db.transaction(() => appendAudit(trail, events.queueCall, { number: 'A001' }, 'demo-admin'))();
    expect(checkAuditTrail(trail)).toMatchObject({ ok: true, rows: 1, checkpoint: { rows: 0 } });
    await new Promise(setImmediate);
    expect(checkAuditTrail(trail)).toMatchObject({ ok: true, rows: 1, checkpoint: { rows: 1 } });

    expect(() =>
      db.transaction(() => {
        appendAudit(trail, events.queueCall, { number: 'A002' }, 'demo-admin');
        throw new Error('the call failed after its audit row');
      })(),
    ).toThrow('the call failed');
    await new Promise(setImmediate);
    expect(checkAuditTrail(trail)).toMatchObject({ ok: true, rows: 1, checkpoint: { rows: 1 } });
    expect(readFileSync(auditTrailFiles(dataDir).checkpointFile, 'utf8').trimEnd().split('\n')).toHaveLength(2);
  });

  test('a checkpoint the kiosk stopped before writing is written at the next start', () => {
    const { dataDir, db } = freshStore();
    const trail = openAuditTrail(db, dataDir);
    db.transaction(() => appendAudit(trail, events.retentionPurged, { purged: 2 }, null, new Date('2026-03-02T09:00:00Z')))();
    expect(checkAuditTrail(trail)).toMatchObject({ ok: true, rows: 1, checkpoint: { rows: 0 } });
    openAuditTrail(db, dataDir, { now: new Date('2026-03-02T10:00:00Z') });
    expect(checkAuditTrail(trail)).toEqual({ ok: true, rows: 1, checkpoint: { rows: 1, at: '2026-03-02T10:00:00.000Z' } });
  });

  test('a start after a truncation writes no checkpoint that would hide it', () => {
    const { dataDir, db } = freshStore();
    const trail = openAuditTrail(db, dataDir);
    for (let n = 0; n < 3; n += 1) appendAudit(trail, events.queueCall, { number: `A00${n}` }, 'demo-admin');
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE id > 1').run();
    const reopened = openAuditTrail(db, dataDir);
    appendAudit(reopened, events.queueCall, { number: 'A009' }, 'demo-admin');
    expect(checkAuditTrail(reopened)).toMatchObject({ ok: false, reason: 'rewritten', checkpoint: { rows: 2 } });
  });

  test('a removed audit key: the kiosk makes a new one, and the rows and checkpoints of the old one no longer hold', () => {
    const { dataDir, db } = freshStore();
    const trail = openAuditTrail(db, dataDir);
    appendAudit(trail, events.queueCall, { number: 'A001' }, 'demo-admin');
    rmSync(auditTrailFiles(dataDir).keyFile);
    const renewed = openAuditTrail(db, dataDir);
    expect(recentAudit(db, 1)[0]).toMatchObject({ event: 'audit.chain-keyed', fields: { unkeyedRows: 1, unkeyedChain: 'broken at row 1 (hash)' } });
    expect(checkAuditTrail(renewed)).toEqual({ ok: false, rows: 2, reason: 'checkpoint-forged', line: 1 });
  });

  test('a checkpoint that cannot be written is logged, and the audited action stands', () => {
    const { dataDir, db } = freshStore();
    const log = memoryLogger();
    const trail = openAuditTrail(db, dataDir, { log });
    const { checkpointFile } = auditTrailFiles(dataDir);
    rmSync(checkpointFile);
    mkdirSync(checkpointFile);
    appendAudit(trail, events.queueCall, { number: 'A001' }, 'demo-admin');
    expect(recentAudit(db)).toHaveLength(1);
    expect(log.lines).toEqual([{ event: events.auditCheckpointFailed, fields: { error: expect.stringContaining('EISDIR') } }]);
  });

  test('with an unusable audit key nothing is audited, and the action is refused', () => {
    const { dataDir, db } = freshStore();
    openAuditTrail(db, dataDir);
    writeFileSync(auditTrailFiles(dataDir).keyFile, Buffer.alloc(5));
    const trail = openAuditTrail(db, dataDir);
    expect(() => appendAudit(trail, events.queueCall, { number: 'A001' }, 'demo-admin')).toThrow(/The audit log cannot be written: the key in .* is 5 bytes/);
    expect(recentAudit(db)).toEqual([]);
  });

  test('the audit key is sealed by the keystore like the data key (issue #16.6)', () => {
    const { dataDir, db } = freshStore();
    const keystore: KeyWrapper = {
      wrap: (key) => Buffer.from(`sealed:${Buffer.from(key).reverse().toString('hex')}`),
      unwrap: (wrapped) => Buffer.from(wrapped.toString().replace(/^sealed:/, ''), 'hex').reverse(),
    };
    const trail = openAuditTrail(db, dataDir, { wrapper: keystore });
    const raw = trail.key.ok ? trail.key.key.export() : Buffer.alloc(0);
    expect(readFileSync(auditTrailFiles(dataDir).keyFile).includes(raw)).toBe(false);
    appendAudit(trail, events.queueCall, { number: 'A001' }, 'demo-admin');
    expect(checkAuditTrail(openAuditTrail(db, dataDir, { wrapper: keystore }))).toMatchObject({ ok: true, rows: 1 });
    expect(openAuditTrail(db, dataDir).key).toMatchObject({ ok: false, error: 'unreadable' });
  });
});
