import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { countyRequestFor } from '../core/sync/request-payload.ts';
import { openCountyStore } from '../county/county-store.ts';
import { demoConfig, repositoryRoot } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { Browser } from '../testing/hall-browser.ts';
import { createKioskApp } from './app.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

const appealText = '二组组长克扣我家的低保金已经三个月';
const contactName = '欧阳秀兰';
const contactMobile = '13912348765';
const secrets = [appealText, '克扣', contactName, contactMobile];
const demoKeyFile = join(repositoryRoot, 'docs/demo-county-appeals-key.pem');
const adminPin = '246810';

const appealAnswers = { category: 'staff-conduct', anonymous: false, appealText, contactName, contactMobile, consent: true };

async function hall(configChange: (config: Record<string, unknown>) => void = () => undefined) {
  const dir = tempDir();
  const configFile = join(dir, 'hall.json');
  const config = demoConfig();
  configChange(config);
  writeFileSync(configFile, JSON.stringify(config));
  const kiosk = await startTestKiosk(dir, configFile);
  stops.push(kiosk.stop);
  const kioskBrowser = new Browser(Number(new URL(kiosk.base).port), '127.0.0.1');
  return { ...kiosk, kioskBrowser };
}

function appealsOpen(args: string[]) {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'electron/cli/appeals-open.ts'), ...args], { encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('a resident’s appeal', () => {
  test('is stored sealed: only the category and whether it is anonymous in clear', async () => {
    const { kioskBrowser, deps } = await hall();
    const filed = await kioskBrowser.send('POST', '/api/applications', { serviceId: 'appeals-feedback', locale: 'zh-CN', answers: appealAnswers });
    expect(filed.status).toBe(201);
    const row = deps.db.prepare('SELECT * FROM request WHERE reference = ?').get(filed.body.reference) as Record<string, unknown>;
    expect(JSON.parse(String(row.answers))).toEqual({ category: 'staff-conduct', anonymous: false });
    expect(JSON.parse(String(row.masked))).toEqual({});
    const { sealed_payload: sealed, ...others } = row;
    expect(JSON.parse(String(sealed))).toMatchObject({ version: 'village-kiosk-sealed-appeal-v1', reference: filed.body.reference });
    for (const secret of secrets) expect(JSON.stringify(others) + String(sealed)).not.toContain(secret);
  });

  test('never reaches a staff route, a log line, an audit entry, a receipt or the database file in clear', async () => {
    const { kioskBrowser, deps, log, dataDir, base } = await hall();
    const filed = await kioskBrowser.send('POST', '/api/applications', { serviceId: 'appeals-feedback', locale: 'zh-CN', answers: appealAnswers });
    expect(filed.status).toBe(201);
    await kioskBrowser.send('POST', '/api/help', { screen: 'form:appeals-feedback', serviceId: 'appeals-feedback' });

    const admin = new Browser(Number(new URL(base).port), '127.0.0.1');
    expect((await admin.signIn(adminPin)).status).toBe(200);
    // Every GET route the backend has, so routes added later (the worklist) are checked too.
    const paths = createKioskApp(deps)
      .routes.filter((route) => route.method === 'GET' && route.path.startsWith('/api/') && !/^\/api\/(events|audio)\b/.test(route.path))
      .map((route) => route.path.replace(':reference', filed.body.reference as string).replace(/:[a-zA-Z]+/g, '1'));
    expect(paths).toEqual(expect.arrayContaining(['/api/sync', '/api/reports/today', '/api/staff/audit', '/api/help']));
    const statuses: Record<string, number> = {};
    for (const path of new Set(paths)) {
      const reply = await admin.send('GET', path);
      statuses[path] = reply.status;
      for (const secret of secrets) expect(JSON.stringify(reply.body) ?? '', path).not.toContain(secret);
    }

    // The views staff read answered in full, so their silence counts.
    expect(statuses).toMatchObject({ '/api/sync': 200, '/api/reports/today': 200, '/api/staff/audit': 200, '/api/help': 200, '/api/staff/admin': 200 });

    for (const secret of secrets) {
      expect(JSON.stringify(log.lines)).not.toContain(secret);
      expect(JSON.stringify(deps.db.prepare('SELECT * FROM audit_log').all())).not.toContain(secret);
    }
    for (const file of readdirSync(join(dataDir, 'receipts'))) {
      for (const secret of secrets) expect(readFileSync(join(dataDir, 'receipts', file), 'utf8')).not.toContain(secret);
    }
    deps.db.pragma('wal_checkpoint(TRUNCATE)');
    const files = readdirSync(dataDir).filter((name) => name.startsWith('kiosk.db'));
    for (const file of files) {
      const bytes = readFileSync(join(dataDir, file));
      for (const secret of secrets) expect(bytes.includes(Buffer.from(secret, 'utf8')), file).toBe(false);
    }
  });

  test('is opened by the county with appeals:open, from the receiver’s database and from an envelope file', async () => {
    const { kioskBrowser, deps } = await hall();
    const filed = await kioskBrowser.send('POST', '/api/applications', { serviceId: 'appeals-feedback', locale: 'zh-CN', answers: appealAnswers });
    const reference = filed.body.reference as string;
    const built = countyRequestFor(deps.db, deps.dataKey.ok ? deps.dataKey.key : (undefined as never), reference, 'demo-hall');
    if (!built.ok) throw new Error(built.detail);
    expect(built.payload.answers).toEqual({ category: 'staff-conduct', anonymous: false });
    for (const secret of secrets) expect(JSON.stringify(built.payload)).not.toContain(secret);

    const dir = tempDir();
    const county = openCountyStore(join(dir, 'county.db'));
    const body = JSON.stringify(built.payload);
    county.receive(built.payload, body, 'idem-key-0001', new Date());
    county.close();
    const fromDb = appealsOpen(['--key', demoKeyFile, '--db', join(dir, 'county.db')]);
    expect(fromDb.status).toBe(0);
    expect(JSON.parse(fromDb.stdout)).toEqual({
      reference,
      serviceId: 'appeals-feedback',
      content: { appealText, contactName, contactMobile, consent: true },
    });

    writeFileSync(join(dir, 'envelope.json'), JSON.stringify(built.payload.sealed));
    const fromFile = appealsOpen(['--key', demoKeyFile, '--in', join(dir, 'envelope.json')]);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toContain(appealText);

    const wrongKey = join(dir, 'wrong.pem');
    writeFileSync(wrongKey, generateKeyPairSync('x25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const refused = appealsOpen(['--key', wrongKey, '--in', join(dir, 'envelope.json')]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/did not open.*key is not the county appeals key/s);
  });

  test('is refused, and nothing stored, when the hall has no county key', async () => {
    const { kioskBrowser, deps } = await hall((config) => delete config.appeals);
    const refused = await kioskBrowser.send('POST', '/api/applications', { serviceId: 'appeals-feedback', locale: 'zh-CN', answers: appealAnswers });
    expect(refused).toMatchObject({ status: 409, body: { ok: false, error: 'appeals-closed' } });
    expect(deps.db.prepare('SELECT count(*) AS n FROM request').get()).toEqual({ n: 0 });
  });
});
