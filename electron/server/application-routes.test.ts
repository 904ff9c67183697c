import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { testHallId, testKeyId } from '../county/test-hall.ts';
import { demoConfig, highAgeAllowanceAnswers } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

async function kiosk() {
  const started = await startTestKiosk(tempDir());
  stops.push(started.stop);
  return started;
}

const highAgeAnswers = highAgeAllowanceAnswers;

function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/applications`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('POST /api/applications', () => {
  test('saves the application and prints a receipt with the reference and no personal data', async () => {
    const { base, dataDir, deps } = await kiosk();
    const response = await post(base, { serviceId: 'high-age-allowance', locale: 'zh-CN', answers: highAgeAnswers });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { ok: boolean; reference: string; printed: boolean };
    expect(body).toMatchObject({ ok: true, printed: true });
    expect(deps.db.prepare('SELECT count(*) AS n FROM outbox WHERE request_reference = ?').get(body.reference)).toEqual({ n: 1 });
    const [receiptFile] = readdirSync(join(dataDir, 'receipts'));
    const receipt = readFileSync(join(dataDir, 'receipts', receiptFile ?? ''), 'utf8');
    expect(receipt).toContain(body.reference);
    expect(receipt).toContain('高龄津贴申请');
    expect(receipt).toContain('槐树湾村便民服务中心');
    for (const secret of ['410102194603151231', '13812345678', '6228480012345678901']) expect(receipt).not.toContain(secret);
  });

  test('refuses text no person types and a bank not on the hall’s list, each with its question, and saves nothing (issue #16.10)', async () => {
    const { base, deps } = await kiosk();
    const atHome = { applicantRelation: 'self', idNumber: '410102194603151231', certificationHelp: 'home-visit', contactMobile: '13812345678', consent: true };
    const refused = async (serviceId: string, answers: Record<string, unknown>) => {
      const response = await post(base, { serviceId, locale: 'zh-CN', answers });
      expect(response.status, JSON.stringify(answers)).toBe(422);
      return ((await response.json()) as { problems: unknown }).problems;
    };
    const account = (bank: string) => ({ ...highAgeAnswers, paymentAccount: { ...highAgeAnswers.paymentAccount, bank } });
    expect(await refused('high-age-allowance', account('中'.repeat(20_000)))).toEqual([{ question: 'paymentAccount', error: 'not-a-listed-bank' }]);
    expect(await refused('high-age-allowance', account('招商银行'))).toEqual([{ question: 'paymentAccount', error: 'not-a-listed-bank' }]);
    for (const bank of ['中国农业银行\u0000', '\u001b[2J中国农业银行', '\ufeff中国农业银行', '中国农业银行\ud800']) {
      expect(await refused('high-age-allowance', account(bank))).toEqual([{ question: 'paymentAccount', error: 'untypeable-characters' }]);
    }
    for (const address of ['槐树湾村\u0000三组', '槐树湾村\u001b[31m三组', '\ufeff槐树湾村三组', '槐树湾村\udc00三组']) {
      expect(await refused('pension-certification', { ...atHome, address })).toEqual([{ question: 'address', error: 'untypeable-characters' }]);
    }
    expect(await refused('high-age-allowance', { ...highAgeAnswers, idNumber: '\ufeff410102194603151231' })).toEqual([{ question: 'idNumber', error: 'characters' }]);
    expect(deps.db.prepare('SELECT count(*) AS n FROM request').get()).toEqual({ n: 0 });
  });

  test('answers a wrong answer with the question and the problem, and saves nothing', async () => {
    const { base, deps } = await kiosk();
    const response = await post(base, { serviceId: 'high-age-allowance', locale: 'en', answers: { ...highAgeAnswers, consent: false } });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ ok: false, error: 'invalid-answers', problems: [{ question: 'consent', error: 'not-agreed' }] });
    expect(deps.db.prepare('SELECT count(*) AS n FROM request').get()).toEqual({ n: 0 });
  });

  test.each([
    ['no body fields', {}],
    ['an unknown field', { serviceId: 'high-age-allowance', locale: 'zh-CN', answers: {}, admin: true }],
    ['a bad locale', { serviceId: 'high-age-allowance', locale: 'fr', answers: {} }],
  ])('refuses %s with a 400', async (_name, body) => {
    const { base } = await kiosk();
    expect((await post(base, body)).status).toBe(400);
  });

  test('refuses a service that is not switched on', async () => {
    const { base } = await kiosk();
    expect((await post(base, { serviceId: 'fishing-licence', locale: 'zh-CN', answers: {} })).status).toBe(404);
  });

  test('follows an admin’s change to the services at once', async () => {
    const { base, deps } = await kiosk();
    const { config } = deps.config.current();
    deps.config.replace({ ...deps.config.current(), config: { ...config, services: { enabled: ['queue-ticket'] } } });
    expect((await post(base, { serviceId: 'high-age-allowance', locale: 'zh-CN', answers: highAgeAnswers })).status).toBe(404);
  });

  test('records a resident’s own application as filed by nobody else', async () => {
    const { base, deps } = await kiosk();
    const { reference } = (await (await post(base, { serviceId: 'high-age-allowance', locale: 'zh-CN', answers: highAgeAnswers })).json()) as { reference: string };
    expect(deps.db.prepare('SELECT filed_by, proxy_consent FROM request WHERE reference = ?').get(reference)).toEqual({ filed_by: null, proxy_consent: null });
    expect(deps.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
  });
});

describe('proxy filing: staff apply for a resident who agreed', () => {
  const proxyFiling = { serviceId: 'high-age-allowance', locale: 'zh-CN', answers: highAgeAnswers, proxy: { consent: true } };

  test('needs a staff session, and saves nothing without one', async () => {
    const { base, deps } = await kiosk();
    const response = await post(base, proxyFiling);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, error: 'staff-session-required' });
    expect(deps.db.prepare('SELECT count(*) AS n FROM request').get()).toEqual({ n: 0 });
  });

  test('records who filed it with the resident’s consent, and audits it', async () => {
    const { base, deps } = await kiosk();
    const { token } = deps.staffSessions.create({ id: 'demo-admin', name: '演示管理员', role: 'admin' }, 'kiosk');
    const response = await post(base, proxyFiling, { Cookie: `kiosk_staff=${token}` });
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    expect(deps.db.prepare('SELECT filed_by, proxy_consent FROM request WHERE reference = ?').get(reference)).toEqual({ filed_by: 'demo-admin', proxy_consent: 1 });
    const audit = deps.db.prepare('SELECT event, actor, fields FROM audit_log').all();
    expect(audit).toEqual([
      { event: 'proxy.filing', actor: 'demo-admin', fields: JSON.stringify({ reference, serviceId: 'high-age-allowance', consent: true }) },
    ]);
  });

  test('refuses a proxy filing without the resident’s consent', async () => {
    const { base, deps } = await kiosk();
    const { token } = deps.staffSessions.create({ id: 'demo-admin', name: '演示管理员', role: 'admin' }, 'kiosk');
    const response = await post(base, { ...proxyFiling, proxy: { consent: false } }, { Cookie: `kiosk_staff=${token}` });
    expect(response.status).toBe(400);
    expect(deps.db.prepare('SELECT count(*) AS n FROM request').get()).toEqual({ n: 0 });
  });
});

describe('the submission answer while the county cannot be reached (issue #8)', () => {
  async function kioskWithSync() {
    const dir = tempDir();
    const configFile = join(dir, 'hall.json');
    const sync = { enabled: true, endpoint: 'http://127.0.0.1:9', hallId: testHallId, keyId: testKeyId, signingKey: { env: 'KIOSK_TEST_UNUSED_KEY' } };
    writeFileSync(configFile, JSON.stringify({ ...demoConfig(), sync }));
    const started = await startTestKiosk(dir, configFile);
    stops.push(started.stop);
    return started;
  }

  test('says the request is saved and goes to the county later when sync is on and the county is offline', async () => {
    const { base } = await kioskWithSync();
    const body = (await (await post(base, { serviceId: 'high-age-allowance', locale: 'zh-CN', answers: highAgeAnswers })).json()) as { countyOffline: boolean };
    expect(body.countyOffline).toBe(true);
  });

  test('does not, once the county answers its health probe', async () => {
    const { base, deps } = await kioskWithSync();
    deps.sync = { ...deps.sync, online: () => ({ enabled: true, online: true }) };
    const body = (await (await post(base, { serviceId: 'high-age-allowance', locale: 'zh-CN', answers: highAgeAnswers })).json()) as { countyOffline: boolean };
    expect(body.countyOffline).toBe(false);
  });

  test('does not in a hall without county sync', async () => {
    const { base } = await kiosk();
    const body = (await (await post(base, { serviceId: 'high-age-allowance', locale: 'zh-CN', answers: highAgeAnswers })).json()) as { countyOffline: boolean };
    expect(body.countyOffline).toBe(false);
  });
});
