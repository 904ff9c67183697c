import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { dirname, join, resolve } from 'node:path';
import { createSecureContext } from 'node:tls';
import type { KioskConfig } from '../config/schema.ts';
import { addStaffNotice, openStaffNotices } from '../core/staff/notices.ts';
import type { StaffNoticeKind } from '../core/staff/notices.ts';
import { events } from '../events.ts';
import type { KioskDeps } from './kiosk-deps.ts';

export interface LanCertificateFiles {
  certificateFile: string;
  keyFile: string;
}

/** Why the LAN side did not start; each is a staff notice `lan-<problem>` with its own words in the locales. */
export type LanProblem = 'certificate-missing' | 'certificate-unreadable' | 'certificate-expired' | 'certificate-not-yet-valid' | 'key-mismatch' | 'port-unavailable';

export type LanCertificate =
  | { ok: true; serverOptions: { cert: string; key: string }; expiresAt: string }
  | { ok: false; error: Exclude<LanProblem, 'port-unavailable'>; file: string };

/** Where `npm run lan:certificate` keeps the hall CA and the server's certificate: inside the kiosk's data folder. */
export function generatedLanCertificateDir(dataDir: string): string {
  return join(dataDir, 'lan-certificate');
}

/** The files of network.tls (a county-issued certificate, relative to the config's folder), else the generated ones. */
export function lanCertificateFiles(tls: KioskConfig['network']['tls'], configFile: string, dataDir: string): LanCertificateFiles {
  if (tls?.certificateFile !== undefined && tls.keyFile !== undefined) {
    return { certificateFile: resolve(dirname(configFile), tls.certificateFile), keyFile: resolve(dirname(configFile), tls.keyFile) };
  }
  const dir = generatedLanCertificateDir(dataDir);
  return { certificateFile: join(dir, 'server.crt'), keyFile: join(dir, 'server.key') };
}

function readText(file: string): { ok: true; text: string } | { ok: false; error: 'certificate-missing' | 'certificate-unreadable' } {
  try {
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (error) {
    return { ok: false, error: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'certificate-missing' : 'certificate-unreadable' };
  }
}

/**
 * Issue #16.9: checks the hall's certificate before the LAN side starts, so staff hear what is wrong
 * (missing, unreadable, out of its dates, not matching its key) instead of a browser's bare TLS error.
 */
export function loadLanCertificate(files: LanCertificateFiles, now = new Date()): LanCertificate {
  const certificate = readText(files.certificateFile);
  if (!certificate.ok) return { ok: false, error: certificate.error, file: files.certificateFile };
  const key = readText(files.keyFile);
  if (!key.ok) return { ok: false, error: key.error, file: files.keyFile };
  let leaf: X509Certificate;
  try {
    // The chain's first certificate is the server's own.
    leaf = new X509Certificate(certificate.text);
  } catch {
    return { ok: false, error: 'certificate-unreadable', file: files.certificateFile };
  }
  let privateKey: ReturnType<typeof createPrivateKey>;
  try {
    privateKey = createPrivateKey(key.text);
  } catch {
    return { ok: false, error: 'certificate-unreadable', file: files.keyFile };
  }
  if (now < new Date(leaf.validFrom)) return { ok: false, error: 'certificate-not-yet-valid', file: files.certificateFile };
  if (now > new Date(leaf.validTo)) return { ok: false, error: 'certificate-expired', file: files.certificateFile };
  if (!leaf.checkPrivateKey(privateKey)) return { ok: false, error: 'key-mismatch', file: files.keyFile };
  const serverOptions = { cert: certificate.text, key: key.text };
  try {
    createSecureContext(serverOptions);
  } catch {
    return { ok: false, error: 'certificate-unreadable', file: files.certificateFile };
  }
  return { ok: true, serverOptions, expiresAt: new Date(leaf.validTo).toISOString() };
}

/** Staff are told this long before the certificate expires, to renew it while the LAN side still works. */
const expiryWarningDays = 30;

/** A notice once per problem and file, not once per restart, until staff acknowledge it. */
function tellStaff(deps: Pick<KioskDeps, 'db'>, problem: LanProblem | 'certificate-expiring', detail: Record<string, string>): void {
  const kind: StaffNoticeKind = `lan-${problem}`;
  const told = openStaffNotices(deps.db).some((notice) => notice.kind === kind && notice.detail.file === detail.file);
  if (!told) addStaffNotice(deps.db, kind, detail);
}

export interface LanSideOptions {
  hostname: string;
  port: number;
  configFile: string;
  dataDir: string;
  now?: Date;
}

/**
 * The LAN side of LAN mode (issue #16.9): the console and board over HTTPS only, beside the kiosk's own
 * plain-HTTP listener on 127.0.0.1. When the certificate or the port fails, this side stays down and
 * staff are told at the kiosk, whose own screen keeps working: the hall never gets a dead kiosk.
 */
export function startLanSide(
  deps: Pick<KioskDeps, 'db' | 'log' | 'config' | 'servedAt'>,
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
  { hostname, port, configFile, dataDir, now }: LanSideOptions,
): Promise<{ ok: true; server: ServerType; port: number } | { ok: false; error: LanProblem }> {
  const files = lanCertificateFiles(deps.config.current().config.network.tls, configFile, dataDir);
  const certificate = loadLanCertificate(files, now);
  if (!certificate.ok) {
    deps.log(events.lanRefused, { error: certificate.error, file: certificate.file });
    tellStaff(deps, certificate.error, { file: certificate.file });
    return Promise.resolve({ ok: false, error: certificate.error });
  }
  if (new Date(certificate.expiresAt).getTime() - (now ?? new Date()).getTime() < expiryWarningDays * 86_400_000) {
    tellStaff(deps, 'certificate-expiring', { file: files.certificateFile, expiresAt: certificate.expiresAt.slice(0, 10) });
  }
  return new Promise((settle) => {
    let listening = false;
    const server = serve({ fetch, hostname, port, createServer, serverOptions: certificate.serverOptions }, (info) => {
      listening = true;
      // Issue #16.2: the hall's names are served on this port from now on.
      const servedAt = deps.servedAt.current();
      if (servedAt.via === 'port') deps.servedAt.replace({ ...servedAt, lanPort: info.port });
      deps.log(events.lanReady, { url: `https://${hostname}:${info.port}/`, certificateExpiresAt: certificate.expiresAt });
      settle({ ok: true, server, port: info.port });
    });
    // An error once listening (too many open files, say) is logged, never left to end the kiosk's process.
    server.on('error', (error: NodeJS.ErrnoException) => {
      if (listening) return deps.log(events.lanError, { code: error.code ?? 'unknown', error: error.message });
      deps.log(events.lanRefused, { error: 'port-unavailable', port: String(port), code: error.code ?? 'unknown' });
      tellStaff(deps, 'port-unavailable', { port: String(port) });
      settle({ ok: false, error: 'port-unavailable' });
    });
  });
}
