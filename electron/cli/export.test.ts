import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decryptField, encryptField, fieldContext, loadOrCreateDataKey } from '../store/crypto/index.ts';
import { events } from '../events.ts';
import { openStore } from '../store/open.ts';
import { auditFor } from '../testing/audit-trail.ts';
import { repositoryRoot } from '../testing/kiosk-files.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();
const tsx = resolve(repositoryRoot, 'node_modules/.bin/tsx');
const passphrase = '村里的口令 long enough';

function run(script: string, args: string[], input: string) {
  return spawnSync(tsx, [script, ...args], { cwd: repositoryRoot, encoding: 'utf8', input });
}

describe('npm run export and npm run export:open', () => {
  test('round trip: the export opens, with the passphrase, into a data folder whose key opens the sealed answers', () => {
    const dataDir = tempDir();
    const key = loadOrCreateDataKey(join(dataDir, 'keys', 'data.key'));
    if (!key.ok) throw new Error(key.detail);
    const { db } = openStore(join(dataDir, 'kiosk.db'));
    const sealed = encryptField(key.key, JSON.stringify('13812345678'), fieldContext('request', 'contactMobile', 'AB-123456-7'));
    db.prepare(
      "INSERT INTO request (reference, service_id, service_version, department, created_at, answers, masked) VALUES ('AB-123456-7', 's', 1, 'd', 't', ?, '{}')",
    ).run(JSON.stringify({ contactMobile: sealed }));
    // Something staff did before the export, in the keyed audit log.
    auditFor(db)(events.staffSignIn, { where: 'kiosk' }, 'demo-admin');
    db.close();

    const out = join(tempDir(), 'hall.export');
    const exported = run('electron/cli/export.ts', ['--data-dir', dataDir, '--out', out, '--passphrase-stdin'], `${passphrase}\n`);
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('"event":"data.exported"');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out).includes(Buffer.from('AB-123456-7'))).toBe(false);

    const openedDir = join(tempDir(), 'opened');
    const opened = run('electron/cli/export-open.ts', ['--in', out, '--out', openedDir, '--passphrase-stdin'], `${passphrase}\n`);
    expect(opened.stderr).toBe('');
    expect(opened.status).toBe(0);
    const copy = new Database(join(openedDir, 'kiosk.db'), { readonly: true });
    const row = copy.prepare('SELECT answers FROM request').get() as { answers: string };
    copy.close();
    const openedKey = loadOrCreateDataKey(join(openedDir, 'keys', 'data.key'));
    if (!openedKey.ok) throw new Error(openedKey.detail);
    const mobile = decryptField(openedKey.key, (JSON.parse(row.answers) as { contactMobile: string }).contactMobile, fieldContext('request', 'contactMobile', 'AB-123456-7'));
    expect(mobile).toEqual({ ok: true, plaintext: JSON.stringify('13812345678') });
    // Issue #16.3: the audit log's key and checkpoints came along, so the exported log is checked as the kiosk's is.
    const verified = run('electron/cli/audit-verify.ts', ['--data-dir', openedDir], '');
    expect(verified.stdout).toContain('Audit log OK');
    expect(verified.status).toBe(0);

    // The export was audited.
    const { db: after } = openStore(join(dataDir, 'kiosk.db'));
    expect(after.prepare("SELECT count(*) AS n FROM audit_log WHERE event = 'data.exported'").get()).toEqual({ n: 1 });
    after.close();
  });

  test('an export over an existing 0644 file leaves it 0600, holding the export only (issue #16.5)', () => {
    const dataDir = tempDir();
    openStore(join(dataDir, 'kiosk.db')).db.close();
    const out = join(tempDir(), 'hall.export');
    writeFileSync(out, 'an older, longer file that anyone on the PC could read '.repeat(4096), { mode: 0o644 });
    expect(statSync(out).mode & 0o777).toBe(0o644);
    const exported = run('electron/cli/export.ts', ['--data-dir', dataDir, '--out', out, '--passphrase-stdin'], `${passphrase}\n`);
    expect(exported.status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out).subarray(0, 10).toString()).toBe('VSKEXPORT\n');
    expect(readFileSync(out).includes(Buffer.from('an older'))).toBe(false);
  });

  test('refuses a short passphrase and exports nothing', () => {
    const dataDir = tempDir();
    openStore(join(dataDir, 'kiosk.db')).db.close();
    const result = run('electron/cli/export.ts', ['--data-dir', dataDir, '--out', join(dataDir, 'x.export'), '--passphrase-stdin'], 'short\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('at least 10 characters');
  });
});
