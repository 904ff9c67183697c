import { execFileSync } from 'node:child_process';
import { X509Certificate, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { networkInterfaces, hostname as machineName } from 'node:os';
import { join } from 'node:path';

/** What `npm run lan:certificate` keeps in the kiosk's data folder (issue #16.9). */
export function hallCaFiles(dir: string) {
  return {
    caKey: join(dir, 'hall-ca.key'),
    caCertificate: join(dir, 'hall-ca.crt'),
    serverKey: join(dir, 'server.key'),
    serverCertificate: join(dir, 'server.crt'),
  };
}

/** Ten years: the CA is trusted once on each hall device, so it should outlive the kiosk PC. */
const caDays = 3650;
/** 825 days, the longest any browser or TV accepts for a server certificate; re-issue with the same command. */
const serverDays = 825;

/**
 * The hall CA may only vouch for hall names: the names given when it is made, the private-network
 * suffixes and the private address ranges. Should its key leak, it still cannot impersonate a bank's or
 * the county's site to the counter PC that trusts it.
 */
const privateDnsSuffixes = ['local', 'lan', 'internal', 'home.arpa'];
const privateIpRanges = [
  'IP:10.0.0.0/255.0.0.0',
  'IP:172.16.0.0/255.240.0.0',
  'IP:192.168.0.0/255.255.0.0',
  'IP:169.254.0.0/255.255.0.0',
  'IP:127.0.0.0/255.0.0.0',
  'IP:fc00::/fe00::',
  'IP:fe80::/ffc0::',
];

/** The PC's own name (and its .local mDNS name) and its non-loopback addresses: how hall devices reach it. */
export function machineLanNames(): { names: string[]; addresses: string[] } {
  const name = machineName().toLowerCase();
  const addresses = Object.values(networkInterfaces())
    .flat()
    .flatMap((each) => (each === undefined || each.internal ? [] : [each.address.split('%')[0] ?? each.address]));
  return { names: name.endsWith('.local') ? [name] : [name, `${name}.local`], addresses };
}

function openssl(args: string[]): string {
  return execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function hostMask(address: string): string {
  return isIP(address) === 6 ? `IP:${address}/ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff` : `IP:${address}/255.255.255.255`;
}

export interface IssuedLanCertificate {
  files: ReturnType<typeof hallCaFiles>;
  caIsNew: boolean;
  names: string[];
  addresses: string[];
  /** SHA-256 of the CA certificate, as Windows and TVs show it, for staff to compare when they trust it. */
  caFingerprint: string;
  serverExpiresAt: string;
}

export type IssueResult = { ok: true; issued: IssuedLanCertificate } | { ok: false; error: 'no-names' | 'outside-ca-names'; message: string };

/**
 * Makes the hall CA once (kept on later runs, so hall devices trust it only once) and issues a new server
 * certificate for the hall's LAN names and addresses on every run. Keys are the kiosk user's only (0600).
 * Needs the `openssl` command (npm run setup:system installs it).
 */
export function issueLanCertificate(dir: string, { names, addresses, newCa = false }: { names: string[]; addresses: string[]; newCa?: boolean }): IssueResult {
  const uniqueNames = [...new Set(names.map((name) => name.toLowerCase()))];
  const uniqueAddresses = [...new Set(addresses)];
  if (uniqueNames.length + uniqueAddresses.length === 0) return { ok: false, error: 'no-names', message: 'Give at least one --name or --address.' };
  const files = hallCaFiles(dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);

  const caIsNew = newCa || !existsSync(files.caKey) || !existsSync(files.caCertificate);
  if (caIsNew) {
    const permitted = [...privateDnsSuffixes, ...uniqueNames].map((name) => `permitted;DNS:${name}`);
    const permittedIps = [...privateIpRanges, ...uniqueAddresses.map(hostMask)].map((range) => `permitted;${range}`);
    openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', files.caKey]);
    chmodSync(files.caKey, 0o600);
    openssl([
      'req', '-x509', '-new', '-key', files.caKey, '-sha256', '-days', String(caDays),
      '-subj', '/O=Village Service Kiosk/CN=Village Service Kiosk hall CA',
      '-addext', 'basicConstraints=critical,CA:TRUE,pathlen:0',
      '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
      '-addext', `nameConstraints=critical,${[...permitted, ...permittedIps].join(',')}`,
      '-out', files.caCertificate,
    ]);
  }

  // Written beside the old pair and moved over it at the end, so a failed run leaves the working one.
  const next = { key: `${files.serverKey}.new`, csr: join(dir, 'server.csr'), certificate: `${files.serverCertificate}.new`, extensions: join(dir, 'server.ext') };
  try {
    const altNames = [...uniqueNames.map((name) => `DNS:${name}`), ...uniqueAddresses.map((address) => `IP:${address}`)];
    writeFileSync(
      next.extensions,
      [
        'basicConstraints=critical,CA:FALSE',
        'keyUsage=critical,digitalSignature',
        'extendedKeyUsage=serverAuth',
        `subjectAltName=${altNames.join(',')}`,
        'subjectKeyIdentifier=hash',
        'authorityKeyIdentifier=keyid',
        '',
      ].join('\n'),
    );
    openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', next.key]);
    chmodSync(next.key, 0o600);
    openssl(['req', '-new', '-key', next.key, '-subj', `/CN=${uniqueNames[0] ?? uniqueAddresses[0]}`, '-out', next.csr]);
    openssl([
      'x509', '-req', '-in', next.csr, '-CA', files.caCertificate, '-CAkey', files.caKey,
      '-set_serial', `0x${randomBytes(16).toString('hex')}`, '-days', String(serverDays), '-sha256',
      '-extfile', next.extensions, '-out', next.certificate,
    ]);
    // A kept CA vouches only for the names it was made with (and private ones); OpenSSL's check says so.
    try {
      openssl(['verify', '-CAfile', files.caCertificate, '-purpose', 'sslserver', next.certificate]);
    } catch {
      return {
        ok: false,
        error: 'outside-ca-names',
        message: "The hall CA was made for other names; run again with --new-ca, then trust the new CA on the hall's devices again.",
      };
    }
    renameSync(next.key, files.serverKey);
    renameSync(next.certificate, files.serverCertificate);
  } finally {
    for (const file of Object.values(next)) rmSync(file, { force: true });
  }

  const ca = new X509Certificate(openssl(['x509', '-in', files.caCertificate]));
  const server = new X509Certificate(openssl(['x509', '-in', files.serverCertificate]));
  return {
    ok: true,
    issued: {
      files,
      caIsNew,
      names: uniqueNames,
      addresses: uniqueAddresses,
      caFingerprint: ca.fingerprint256,
      serverExpiresAt: new Date(server.validTo).toISOString(),
    },
  };
}
