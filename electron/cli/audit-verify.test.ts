import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { appendAudit } from '../core/audit/index.ts';
import { auditTrailOf } from '../testing/audit-trail.ts';
import { events } from '../events.ts';
import { openStore } from '../store/open.ts';
import { repositoryRoot } from '../testing/kiosk-files.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();
const tsx = resolve(repositoryRoot, 'node_modules/.bin/tsx');

function auditVerify(dataDir: string) {
  return spawnSync(tsx, ['electron/cli/audit-verify.ts', '--data-dir', dataDir], { cwd: repositoryRoot, encoding: 'utf8' });
}

/** A kiosk data folder whose database has three audit rows; `tamper` runs on it before it is closed. */
function dataDirWithAudit(tamper: (db: ReturnType<typeof openStore>['db']) => void = () => undefined): string {
  const dataDir = tempDir();
  const { db } = openStore(join(dataDir, 'kiosk.db'));
  const trail = auditTrailOf(db);
  appendAudit(trail, events.staffSignIn, { where: 'console' }, 'demo-admin');
  appendAudit(trail, events.configChanged, { change: 'staff-removed', staffId: 'wang-fang' }, 'demo-admin');
  appendAudit(trail, events.staffSignOut, {}, 'demo-admin');
  tamper(db);
  db.close();
  return dataDir;
}

describe('npm run audit:verify', () => {
  test('says OK with the number of rows when the chain holds', () => {
    const result = auditVerify(dataDirWithAudit());
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Audit log OK: 3 rows, the chain holds and reaches its latest checkpoint (3 rows,');
    expect(result.stdout).toContain('审计日志完好：共 3 条');
    expect(result.status).toBe(0);
  });

  test('names a row changed behind the append-only trigger', () => {
    const dataDir = dataDirWithAudit((db) => {
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare(`UPDATE audit_log SET fields = '{"change":"staff-added","staffId":"wang-fang"}' WHERE id = 2`).run();
    });
    const result = auditVerify(dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Audit log BROKEN at row 2: its content was changed after it was written.');
  });

  test('names a removed row', () => {
    const dataDir = dataDirWithAudit((db) => {
      db.exec('DROP TRIGGER audit_log_no_delete');
      db.prepare('DELETE FROM audit_log WHERE id = 2').run();
    });
    const result = auditVerify(dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Audit log BROKEN at row 2: it is missing');
  });

  test('issue #16.3: names a chain whose last rows, or all of them, were removed', () => {
    const dataDir = dataDirWithAudit((db) => {
      db.exec('DROP TRIGGER audit_log_no_delete');
      db.prepare('DELETE FROM audit_log').run();
    });
    const result = auditVerify(dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Audit log TRUNCATED: the checkpoint of');
    expect(result.stderr).toContain('counted 3 rows, and only 0 are left');
    expect(result.stderr).toContain('审计日志被截短');
  });

  test('says where it looked when there is no database', () => {
    const dataDir = tempDir();
    const result = auditVerify(dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`No kiosk database at ${join(dataDir, 'kiosk.db')}`);
  });
});
