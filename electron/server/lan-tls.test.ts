import type { ServerType } from '@hono/node-server';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { hallCaFiles, issueLanCertificate } from '../cli/hall-ca.ts';
import { openStaffNotices } from '../core/staff/notices.ts';
import { Browser } from '../testing/hall-browser.ts';
import { demoConfig } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { generatedLanCertificateDir, lanCertificateFiles, loadLanCertificate, startLanSide } from './lan-tls.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

const adminPin = '246810';
const hallName = 'kiosk.hall.test';

/** One hall CA and server certificate for the whole file: openssl's key generation is the slow part. */
let certificateDir = '';
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-test-'));
  certificateDir = join(dir, 'lan-certificate');
  const issued = issueLanCertificate(certificateDir, { names: [hallName], addresses: ['192.168.1.20'] });
  if (!issued.ok) throw new Error(issued.message);
  return () => rmSync(dir, { recursive: true, force: true });
});
const files = () => hallCaFiles(certificateDir);
const serverFiles = () => ({ certificateFile: files().serverCertificate, keyFile: files().serverKey });

/** A hall in LAN mode whose data folder holds the certificate `npm run lan:certificate` made. */
async function lanHall({ withCertificate = true } = {}) {
  const dir = tempDir();
  const configFile = join(dir, 'hall.json');
  const config = demoConfig() as { network: { mode: string; lanHosts: string[] } };
  config.network.mode = 'lan';
  config.network.lanHosts = [hallName];
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  const kiosk = await startTestKiosk(dir, configFile);
  stops.push(kiosk.stop);
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>便民服务自助终端</title>');
  if (withCertificate) {
    const generated = generatedLanCertificateDir(kiosk.dataDir);
    mkdirSync(generated, { recursive: true });
    copyFileSync(files().serverCertificate, join(generated, 'server.crt'));
    copyFileSync(files().serverKey, join(generated, 'server.key'));
  }
  const startLan = async (port = 0) => {
    const lan = await startLanSide(kiosk.deps, kiosk.fetch, { hostname: '127.0.0.1', port, configFile, dataDir: kiosk.dataDir });
    if (lan.ok) stops.push(() => closeServer(lan.server));
    return lan;
  };
  const kioskPort = Number(new URL(kiosk.base).port);
  return { ...kiosk, configFile, kioskPort, startLan };
}

function closeServer(server: ServerType) {
  if ('closeAllConnections' in server) server.closeAllConnections();
  server.close();
}

/** A plain-HTTP request; resolves with the status, or the error's code when the server will not speak HTTP. */
function plainHttp(port: number, localAddress = '127.0.0.2'): Promise<number | string> {
  return new Promise((resolve) => {
    const outgoing = request({ host: '127.0.0.1', port, path: '/staff', localAddress }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    outgoing.end();
  });
}

describe('the hall certificate, checked at start-up', () => {
  test('the one npm run lan:certificate made is used, and expires in 825 days', () => {
    const loaded = loadLanCertificate(serverFiles());
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(new Date(loaded.expiresAt).getTime() - Date.now()).toBeGreaterThan(824 * 24 * 3600 * 1000);
  });

  test('missing, unreadable, out of its dates or not matching its key: each is named, with the file', () => {
    const dir = tempDir();
    expect(loadLanCertificate({ certificateFile: join(dir, 'none.crt'), keyFile: serverFiles().keyFile })).toEqual({
      ok: false,
      error: 'certificate-missing',
      file: join(dir, 'none.crt'),
    });
    writeFileSync(join(dir, 'garbled.crt'), '-----BEGIN CERTIFICATE-----\nnot one\n-----END CERTIFICATE-----\n');
    expect(loadLanCertificate({ ...serverFiles(), certificateFile: join(dir, 'garbled.crt') })).toMatchObject({ ok: false, error: 'certificate-unreadable' });
    expect(loadLanCertificate(serverFiles(), new Date('2100-01-01'))).toMatchObject({ ok: false, error: 'certificate-expired', file: serverFiles().certificateFile });
    expect(loadLanCertificate(serverFiles(), new Date('2000-01-01'))).toMatchObject({ ok: false, error: 'certificate-not-yet-valid' });
    // The CA's key is a real key, but not the server certificate's.
    expect(loadLanCertificate({ ...serverFiles(), keyFile: files().caKey })).toEqual({ ok: false, error: 'key-mismatch', file: files().caKey });
  });

  test("a county-issued certificate named in network.tls is read relative to the config's folder", () => {
    expect(lanCertificateFiles({ port: 8443, certificateFile: 'tls/hall.pem', keyFile: 'tls/hall.key' }, '/etc/kiosk/hall.json', '/var/kiosk')).toEqual({
      certificateFile: '/etc/kiosk/tls/hall.pem',
      keyFile: '/etc/kiosk/tls/hall.key',
    });
    expect(lanCertificateFiles({ port: 8443 }, '/etc/kiosk/hall.json', '/var/kiosk')).toEqual({
      certificateFile: '/var/kiosk/lan-certificate/server.crt',
      keyFile: '/var/kiosk/lan-certificate/server.key',
    });
  });
});

describe('LAN mode over HTTPS', () => {
  test('another device pairs, signs in and opens the console over verified TLS, with Secure cookies; plain HTTP gets nothing', async () => {
    const hall = await lanHall();
    const lan = await hall.startLan();
    if (!lan.ok) throw new Error(lan.error);
    const ca = readFileSync(files().caCertificate, 'utf8');
    const tablet = new Browser(lan.port, '127.0.0.2', { hostname: hallName, ca });

    // The chain and the name are really checked: a client that does not trust the hall CA, or that
    // asked for another name, is refused by its own TLS.
    await expect(new Browser(lan.port, '127.0.0.2', { hostname: hallName, ca: readFileSync(files().serverCertificate, 'utf8') }).send('GET', '/staff')).rejects.toThrow(
      /certificate/i,
    );
    await expect(new Browser(lan.port, '127.0.0.2', { hostname: 'evil.example', ca }).send('GET', '/staff')).rejects.toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' });

    expect(await tablet.send('GET', '/staff')).toMatchObject({ status: 200, body: expect.stringContaining('便民服务自助终端') });
    expect(await tablet.signIn(adminPin)).toMatchObject({ status: 403, body: { error: 'device-not-paired' } });

    const atKiosk = new Browser(hall.kioskPort, '127.0.0.1');
    await atKiosk.signIn(adminPin, 'kiosk');
    const { code } = (await atKiosk.send('GET', '/api/staff/pairing-code')).body as { code: string };
    const paired = await tablet.send('POST', '/api/staff/pair', { code });
    expect(paired.status).toBe(200);
    expect(paired.setCookie[0]).toMatch(/^kiosk_device=[\w-]{43}; Max-Age=34560000; Path=\/api; HttpOnly; Secure; SameSite=Strict$/);
    const signedIn = await tablet.signIn(adminPin);
    expect(signedIn.status).toBe(200);
    expect(signedIn.setCookie[0]).toMatch(/^kiosk_staff=[\w-]{43}; Path=\/api; HttpOnly; Secure; SameSite=Strict$/);
    expect((await tablet.send('GET', '/api/staff/status')).status).toBe(200);
    // The kiosk's own screen keeps plain HTTP on loopback, where a Secure cookie would not be kept.
    expect((await atKiosk.signIn(adminPin, 'kiosk')).setCookie[0]).not.toMatch(/Secure/);

    // Plain HTTP to the LAN side: the TLS listener never answers it, so no PIN or page crosses in clear.
    expect(await plainHttp(lan.port)).toMatch(/^(ECONNRESET|EPIPE|HPE_INVALID_CONSTANT|HPE_INVALID_HEADER_TOKEN)$/);
  });

  test('without a certificate the LAN side stays down and staff are told at the kiosk, whose screen still works; once', async () => {
    const hall = await lanHall({ withCertificate: false });
    expect(await hall.startLan()).toEqual({ ok: false, error: 'certificate-missing' });
    expect(await hall.startLan()).toEqual({ ok: false, error: 'certificate-missing' });
    expect(hall.log.lines.filter((line) => line.event.id === 'lan.refused')).toHaveLength(2);

    const atKiosk = new Browser(hall.kioskPort, '127.0.0.1');
    expect((await atKiosk.send('GET', '/')).status).toBe(200);
    await atKiosk.signIn(adminPin, 'kiosk');
    const { notices } = (await atKiosk.send('GET', '/api/staff/status')).body as { notices: { kind: string; detail: { file: string } }[] };
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'lan-certificate-missing', detail: { file: join(generatedLanCertificateDir(hall.dataDir), 'server.crt') } }),
    ]);
  });

  test('staff are told a month ahead that the certificate expires, while the LAN side still serves', async () => {
    const hall = await lanHall();
    const loaded = loadLanCertificate(serverFiles());
    if (!loaded.ok) throw new Error(loaded.error);
    const tenDaysBefore = new Date(new Date(loaded.expiresAt).getTime() - 10 * 86_400_000);
    const lan = await startLanSide(hall.deps, hall.fetch, { hostname: '127.0.0.1', port: 0, configFile: hall.configFile, dataDir: hall.dataDir, now: tenDaysBefore });
    if (lan.ok) stops.push(() => closeServer(lan.server));
    expect(lan.ok).toBe(true);
    expect(openStaffNotices(hall.deps.db)).toEqual([
      expect.objectContaining({ kind: 'lan-certificate-expiring', detail: { file: expect.stringMatching(/server\.crt$/), expiresAt: loaded.expiresAt.slice(0, 10) } }),
    ]);
  });

  test('a port another program holds: the LAN side stays down with a notice, the kiosk carries on', async () => {
    const hall = await lanHall();
    const squatter = createServer();
    await new Promise<void>((listening) => squatter.listen(0, '127.0.0.1', listening));
    stops.push(() => squatter.close());
    const taken = (squatter.address() as AddressInfo).port;
    expect(await hall.startLan(taken)).toEqual({ ok: false, error: 'port-unavailable' });
    expect(openStaffNotices(hall.deps.db)).toEqual([expect.objectContaining({ kind: 'lan-port-unavailable', detail: { port: String(taken) } })]);
    expect((await new Browser(hall.kioskPort, '127.0.0.1').send('GET', '/healthz')).status).toBe(200);
  });
});
