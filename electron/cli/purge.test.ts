import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../store/open.ts';
import { bundledConfigFile, repositoryRoot } from '../testing/kiosk-files.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();
const tsx = resolve(repositoryRoot, 'node_modules/.bin/tsx');

function purge(dataDir: string, ...args: string[]) {
  return spawnSync(tsx, ['electron/cli/purge.ts', '--data-dir', dataDir, '--config', bundledConfigFile, ...args], { cwd: repositoryRoot, encoding: 'utf8' });
}

/** The demo hall has no county sync: a request staff closed long ago is due, an open one is not. */
function dataDirWithRequests(): string {
  const dataDir = tempDir();
  const { db } = openStore(join(dataDir, 'kiosk.db'));
  const insert = db.prepare(
    `INSERT INTO request (reference, service_id, service_version, department, created_at, status, status_changed_at, answers, masked)
     VALUES (?, ?, 1, 'd', '2025-03-01T08:00:00.000Z', ?, '2025-03-02T08:00:00.000Z', '{"idNumber":"sealed"}', '{"idNumber":"4101**********1231"}')`,
  );
  insert.run('DONE-1', 'high-age-allowance', 'done');
  insert.run('DONE-2', 'high-age-allowance', 'returned');
  insert.run('OPEN-1', 'pension-certification', 'handling');
  db.close();
  // Forms the hall saved as PDFs, as the A4 form printer names them (printing/saved-forms.ts).
  mkdirSync(join(dataDir, 'forms'));
  for (const reference of ['DONE-1', 'OPEN-1']) writeFileSync(join(dataDir, 'forms', `2025-03-01T09-00-00.000Z-${reference}.pdf`), '%PDF-1.4');
  return dataDir;
}

function purgedCount(dataDir: string): unknown {
  const { db } = openStore(join(dataDir, 'kiosk.db'));
  const row = db.prepare('SELECT count(*) AS n FROM request WHERE purged_at IS NOT NULL').get();
  db.close();
  return row;
}

describe('npm run purge', () => {
  test('--dry-run counts what would go, per service with the oldest day, and changes nothing', () => {
    const dataDir = dataDirWithRequests();
    const result = purge(dataDir, '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('high-age-allowance: 2');
    expect(result.stdout).toContain('2025-03-01');
    expect(result.stdout).not.toMatch(/DONE-1|4101/);
    expect(purgedCount(dataDir)).toEqual({ n: 0 });
    expect(readdirSync(join(dataDir, 'forms'))).toHaveLength(2);
  });

  test('without --dry-run purges and audits', () => {
    const dataDir = dataDirWithRequests();
    const result = purge(dataDir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"event":"retention.purged"');
    expect(purgedCount(dataDir)).toEqual({ n: 2 });
    // Issue #16.5: the closed request's saved form went with its personal data; the open one's stays.
    expect(readdirSync(join(dataDir, 'forms'))).toEqual(['2025-03-01T09-00-00.000Z-OPEN-1.pdf']);
    expect(result.stdout).toContain('"event":"retention.forms-removed"');
  });
});
