import { chmodSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { events } from '../events.ts';
import { memoryLogger } from '../log.ts';
import { backupDatabase, backupsDirFor } from '../store/backup.ts';
import type { KeyWrapper } from '../store/crypto/index.ts';
import { submitApplication } from '../core/applications/submit.ts';
import { findWorkItem } from '../core/worklist/worklist.ts';
import { bundledConfigFile, highAgeAllowanceAnswers, seedsDir, shippedSeeds } from '../testing/kiosk-files.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { bootKiosk } from './boot.ts';

const tempDir = useTempDir();
const servedAt = { via: 'port', port: 0 } as const;

/** Stands in for Electron safeStorage, as shell/main.ts passes it (shell/key-wrapper.ts). */
const keystore: KeyWrapper = {
  wrap: (key) => Buffer.from(`sealed:${Buffer.from(key).reverse().toString('hex')}`),
  unwrap: (wrapped) => Buffer.from(wrapped.toString().replace(/^sealed:/, ''), 'hex').reverse(),
};

describe('bootKiosk with a keystore (issue #16.6)', () => {
  test('seals the data key and the audit key; without the keystore later, says so and leaves both files as they were', () => {
    const dataDir = join(tempDir(), 'data');
    const paths = { dataDir, configFile: bundledConfigFile, bundledConfigFile, seedsDir, rendererDir: join(dataDir, 'renderer') };
    const sealedBoot = bootKiosk(paths, memoryLogger(), servedAt, { keyWrapper: keystore });
    expect(sealedBoot.dataKey.ok && sealedBoot.audit.key.ok).toBe(true);
    const files = ['data.key', 'audit.key'].map((name) => readFileSync(join(dataDir, 'keys', name)));
    for (const file of files) expect(file.toString('latin1')).toMatch(/^village-kiosk-wrapped-data-key-1\nsealed:/);
    sealedBoot.db.close();

    const log = memoryLogger();
    const plainBoot = bootKiosk(paths, log, servedAt);
    expect(log.lines.map((line) => line.event.id)).toEqual(expect.arrayContaining(['data-key.unavailable', 'audit.key-unavailable']));
    expect(plainBoot.dataKey).toMatchObject({ ok: false, error: 'unreadable' });
    expect(['data.key', 'audit.key'].map((name) => readFileSync(join(dataDir, 'keys', name)))).toEqual(files);
    plainBoot.db.close();
  });
});

/** Every folder and file under `dir` with its mode, e.g. `kiosk.db-wal 600`. */
function modesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const entry = lstatSync(path);
    const line = `${prefix}${name} ${(entry.mode & 0o777).toString(8)}`;
    return entry.isDirectory() ? [line, ...modesUnder(path, `${prefix}${name}/`)] : [line];
  });
}

/** A kiosk that has run a while: its database and WAL, a backup, a printed ticket, the last good config. */
async function runKiosk(dataDir: string) {
  const log = memoryLogger();
  const deps = bootKiosk({ dataDir, configFile: bundledConfigFile, bundledConfigFile, seedsDir, rendererDir: join(dataDir, '..', 'renderer') }, log, { via: 'port', port: 8080 });
  await backupDatabase(deps.db, backupsDirFor(deps.db.name));
  expect(await deps.printer.print({ kind: 'queue-ticket', paperWidthMm: 58, lines: [{ type: 'number', value: 'A001' }] })).toEqual({ ok: true });
  return { deps, log };
}

describe('the data folder on disk (issue #16.5)', () => {
  beforeAll(() => {
    // Debian's default: without the kiosk's own care, SQLite and Node make files 0644 and folders 0755.
    process.umask(0o022);
  });

  test('a fresh start makes every folder 0700 and every file 0600, the WAL and shared memory included', async () => {
    const dataDir = join(tempDir(), 'data');
    const { deps } = await runKiosk(dataDir);
    const modes = modesUnder(dataDir);
    expect(modes).toEqual(expect.arrayContaining(['kiosk.db 600', 'kiosk.db-wal 600', 'kiosk.db-shm 600', 'backups 700', 'receipts 700', 'keys 700', 'last-good-config.json 600']));
    expect(modes.filter((line) => !/ (600|700)$/.test(line))).toEqual([]);
    deps.db.close();
  });

  test('a folder left 0755 with 0644 files by an earlier version is repaired at start-up, and the log says what', async () => {
    const dataDir = join(tempDir(), 'data');
    (await runKiosk(dataDir)).deps.db.close();
    const widen = (dir: string) => {
      chmodSync(dir, 0o755);
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (lstatSync(path).isDirectory()) widen(path);
        else chmodSync(path, 0o644);
      }
    };
    widen(dataDir);
    const { deps, log } = await runKiosk(dataDir);
    expect(modesUnder(dataDir).filter((line) => !/ (600|700)$/.test(line))).toEqual([]);
    expect(lstatSync(dataDir).mode & 0o777).toBe(0o700);
    const repairedLine = log.lines.find((line) => line.event === events.fileModesRepaired);
    expect(repairedLine?.fields.repaired).toEqual(
      expect.arrayContaining([{ path: '.', from: '0755', to: '0700' }, { path: 'kiosk.db', from: '0644', to: '0600' }, { path: 'last-good-config.json', from: '0644', to: '0600' }]),
    );
    deps.db.close();
  });

  test('start-up seals a return reason an earlier version kept in clear, and staff still read it', async () => {
    const dataDir = join(tempDir(), 'data');
    const first = await runKiosk(dataDir);
    const key = first.deps.dataKey.ok ? first.deps.dataKey.key : undefined;
    if (!key) throw new Error('no data key');
    const reference = submitApplication(first.deps.db, key, shippedSeeds().find((seed) => seed.id === 'high-age-allowance') ?? (undefined as never), highAgeAllowanceAnswers);
    if (!reference.ok) throw new Error(JSON.stringify(reference));
    first.deps.db.prepare("UPDATE request SET status = 'returned', return_reason = '身份证已过期，请带新证来' WHERE reference = ?").run(reference.reference);
    first.deps.db.close();

    const { deps, log } = await runKiosk(dataDir);
    const stored = deps.db.prepare<[string], string>('SELECT return_reason FROM request WHERE reference = ?').pluck().get(reference.reference);
    expect(stored).not.toContain('身份证');
    expect(log.lines.find((line) => line.event === events.returnReasonsSealed)?.fields).toEqual({ sealed: 1 });
    expect(findWorkItem(deps.db, key, shippedSeeds(), reference.reference)?.returnReason).toBe('身份证已过期，请带新证来');
    deps.db.close();
  });
});
