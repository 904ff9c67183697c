import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { demoConfig } from '../testing/kiosk-files.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { spawnBackend } from './backend-process.ts';
import type { BackendProcess } from './backend-process.ts';
import { staffStatus } from './staff-over-http.ts';

const tempDir = useTempDir();
const running: BackendProcess[] = [];
afterEach(async () => {
  for (const backend of running.splice(0)) await backend.kill();
});

/** The hall's last good config, told apart from the bundled demo by its name. */
const lastGoodName = '上次可用的配置村';

function withStaffHash(pinHash: string) {
  const config = demoConfig();
  const [first, ...rest] = config.staff as Record<string, unknown>[];
  return JSON.stringify({ ...config, staff: [{ ...first, pinHash }, ...rest] });
}

/** Each kind of broken hall file (product.md: a bad config never leaves the hall with a dead screen), and the problem staff must see. */
const brokenKinds: { kind: string; write: (path: string) => void; problem: Record<string, unknown> }[] = [
  { kind: 'not JSON', write: (path) => writeFileSync(path, '{ "hall": { "name": '), problem: { kind: 'syntax' } },
  { kind: 'a schema violation', write: (path) => writeFileSync(path, JSON.stringify({ ...demoConfig(), timing: { idleCountdownSeconds: 'soon' } })), problem: { kind: 'wrongType', path: 'timing.idleCountdownSeconds' } },
  {
    kind: 'an unknown service',
    write: (path) => writeFileSync(path, JSON.stringify({ ...demoConfig(), services: { enabled: ['queue-ticket', 'flying-permits'] } })),
    problem: { kind: 'unknownService', service: 'flying-permits' },
  },
  { kind: 'a bad staff PIN hash', write: (path) => writeFileSync(path, withStaffHash('1234')), problem: { kind: 'badValue', path: 'staff[0].pinHash' } },
  { kind: 'a missing file', write: () => undefined, problem: { kind: 'unreadable', reason: 'ENOENT' } },
  // A folder where the file should be: unreadable even to root, which ignores file permissions.
  { kind: 'an unreadable file', write: (path) => mkdirSync(path), problem: { kind: 'unreadable', reason: 'EISDIR' } },
];

test('with each kind of broken config, a real backend serves the kiosk on the last good config and tells staff what is wrong', async () => {
  const started = performance.now();
  // All at once: each is its own process with its own data folder.
  await Promise.all(
    brokenKinds.map(async ({ kind, write, problem }) => {
      const dir = tempDir();
      const dataDir = join(dir, 'data');
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(join(dataDir, 'last-good-config.json'), JSON.stringify({ ...demoConfig(), hall: { ...(demoConfig().hall as object), name: { 'zh-CN': lastGoodName, en: 'Last good village' } } }));
      const configFile = join(dir, 'hall.json');
      write(configFile);
      const backend = spawnBackend({ dataDir, configFile });
      running.push(backend);
      const base = await backend.ready;

      expect(await (await fetch(`${base}/healthz`)).json(), kind).toMatchObject({ ok: true, config: 'last-good' });
      const kiosk = (await (await fetch(`${base}/api/kiosk`)).json()) as { hall: { name: Record<string, string> } };
      expect(kiosk.hall.name['zh-CN'], kind).toBe(lastGoodName);

      const status = await staffStatus(base);
      expect(status.config.source, kind).toBe('last-good');
      expect(status.config.requestedPath, kind).toBe(configFile);
      expect(status.config.problems, kind).toContainEqual(expect.objectContaining(problem));
    }),
  );
  console.log(`Broken config run: ${brokenKinds.length} kinds, each on a real backend, in ${Math.round(performance.now() - started)} ms`);
});
