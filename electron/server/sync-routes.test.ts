import { Hono } from 'hono';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SyncConfig } from '../core/sync/sync-config.ts';
import { createSyncWorker } from '../core/sync/sync-worker.ts';
import { startCountyReceiver } from '../county/county-server.ts';
import { shareTestKey, testHallId, testKeyId } from '../county/test-hall.ts';
import { highAgeAllowanceAnswers } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { syncRoutes } from './sync-routes.ts';

const tempDir = useTempDir();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A kiosk whose sync is switched on, with the county's clock ten minutes away, so every request is refused. */
async function kioskWithSync() {
  const dir = tempDir();
  const kiosk = await startTestKiosk(dir);
  cleanups.push(kiosk.stop);
  const { keys } = shareTestKey(kiosk.dataDir);
  const county = await startCountyReceiver({ dir: join(dir, 'county'), port: 0, keys });
  cleanups.push(county.stop);
  const clock = { offsetMs: 10 * 60 * 1000 };
  const config = SyncConfig.parse({ enabled: true, endpoint: county.url, hallId: testHallId, keyId: testKeyId, signingKey: { file: 'county.key' } });
  const sync = createSyncWorker(
    { db: kiosk.deps.db, dataKey: kiosk.deps.dataKey, dataDir: kiosk.dataDir, log: kiosk.log, syncConfig: () => config },
    { now: () => new Date(Date.now() + clock.offsetMs) },
  );
  cleanups.push(() => sync.stop());
  const app = new Hono().route('/api/sync', syncRoutes({ ...kiosk.deps, sync }));
  const staff = kiosk.deps.staffSessions.create({ id: 'demo-admin', name: '演示管理员', role: 'admin' }, 'console');
  const asStaff = { headers: { Cookie: `kiosk_staff=${staff.token}` } };
  const submit = async () => {
    const response = await fetch(`${kiosk.base}/api/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ serviceId: 'high-age-allowance', locale: 'zh-CN', answers: highAgeAllowanceAnswers }),
    });
    return ((await response.json()) as { reference: string }).reference;
  };
  return { kiosk, sync, app, asStaff, clock, submit };
}

describe('/api/sync', () => {
  test('tells the kiosk whether the county can be reached, without a staff session', async () => {
    const { sync, app } = await kioskWithSync();
    expect(await (await app.request('/api/sync/online')).json()).toEqual({ enabled: true, online: false });
    await sync.runRound();
    expect(await (await app.request('/api/sync/online')).json()).toEqual({ enabled: true, online: true });
  });

  test('shows staff what waits and what the county refused, and lets them retry it', async () => {
    const { kiosk, sync, app, asStaff, clock, submit } = await kioskWithSync();
    expect((await app.request('/api/sync')).status).toBe(401);
    const reference = await submit();
    expect(await (await app.request('/api/sync', asStaff)).json()).toMatchObject({ enabled: true, online: false, pending: 1, needsAttention: [], lastSuccessAt: null });

    await sync.runRound();
    const state = (await (await app.request('/api/sync', asStaff)).json()) as { pending: number; needsAttention: { reference: string; reason: string }[] };
    expect(state.pending).toBe(0);
    expect(state.needsAttention).toEqual([{ reference, serviceId: 'high-age-allowance', attempts: 1, reason: expect.stringContaining('stale-timestamp') as unknown as string }]);

    clock.offsetMs = 0;
    const retry = await app.request(`/api/sync/${reference}/retry`, { ...asStaff, method: 'POST' });
    expect([retry.status, await retry.json()]).toEqual([200, { ok: true }]);
    const audit = kiosk.deps.db.prepare("SELECT actor, fields FROM audit_log WHERE event = 'sync.retried'").all();
    expect(audit).toEqual([{ actor: 'demo-admin', fields: JSON.stringify({ reference }) }]);
    await sync.runRound();
    expect(await (await app.request('/api/sync', asStaff)).json()).toMatchObject({ online: true, pending: 0, needsAttention: [] });

    const again = await app.request(`/api/sync/${reference}/retry`, { ...asStaff, method: 'POST' });
    expect([again.status, await again.json()]).toEqual([409, { ok: false, error: 'already-sent' }]);
    expect((await app.request('/api/sync/KA-482913-5/retry', { ...asStaff, method: 'POST' })).status).toBe(404);
    expect((await app.request('/api/sync/not-a-reference/retry', { ...asStaff, method: 'POST' })).status).toBe(400);
    expect((await app.request(`/api/sync/${reference}/retry`, { method: 'POST' })).status).toBe(401);
  });
});
