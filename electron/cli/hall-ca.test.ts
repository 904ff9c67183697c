import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../testing/temp-dir.ts';
import { hallCaFiles, issueLanCertificate } from './hall-ca.ts';

const tempDir = useTempDir();
const mode = (file: string) => statSync(file).mode & 0o777;
const certificate = (file: string) => new X509Certificate(readFileSync(file));
const days = (from: string, to: string) => Math.round((new Date(to).getTime() - new Date(from).getTime()) / 86_400_000);

describe('npm run lan:certificate', () => {
  test('makes a hall CA and a server certificate for the LAN names; keys are the kiosk user’s only; a second run keeps the CA', () => {
    const dir = join(tempDir(), 'lan-certificate');
    const first = issueLanCertificate(dir, { names: ['Kiosk.Hall.test', 'kiosk-pc'], addresses: ['192.168.1.20', 'fd00::2'] });
    if (!first.ok) throw new Error(first.message);
    const files = hallCaFiles(dir);
    expect(mode(dir)).toBe(0o700);
    expect(mode(files.caKey)).toBe(0o600);
    expect(mode(files.serverKey)).toBe(0o600);

    const ca = certificate(files.caCertificate);
    const server = certificate(files.serverCertificate);
    expect(ca.ca).toBe(true);
    expect(days(ca.validFrom, ca.validTo)).toBe(3650);
    expect(server.ca).toBe(false);
    expect(days(server.validFrom, server.validTo)).toBe(825);
    expect(server.checkIssued(ca) && server.verify(ca.publicKey)).toBe(true);
    expect(server.subjectAltName).toBe('DNS:kiosk.hall.test, DNS:kiosk-pc, IP Address:192.168.1.20, IP Address:FD00:0:0:0:0:0:0:2');
    expect(server.checkHost('kiosk.hall.test')).toBe('kiosk.hall.test');
    expect(server.checkIP('192.168.1.20')).toBe('192.168.1.20');
    expect(first.issued).toMatchObject({ caIsNew: true, caFingerprint: ca.fingerprint256 });

    // Re-issued, for a new address the router gave: the CA (and so every device's trust) is kept.
    const second = issueLanCertificate(dir, { names: ['kiosk.hall.test'], addresses: ['192.168.1.21'] });
    if (!second.ok) throw new Error(second.message);
    expect(second.issued).toMatchObject({ caIsNew: false, caFingerprint: ca.fingerprint256 });
    const reissued = certificate(files.serverCertificate);
    expect(reissued.serialNumber).not.toBe(server.serialNumber);
    expect(reissued.checkIP('192.168.1.21')).toBe('192.168.1.21');
    expect(mode(files.serverKey)).toBe(0o600);
  });

  test('the hall CA vouches only for hall names: a public name is refused and the working certificate kept', () => {
    const dir = join(tempDir(), 'lan-certificate');
    const made = issueLanCertificate(dir, { names: ['kiosk.hall.test'], addresses: [] });
    if (!made.ok) throw new Error(made.message);
    const before = readFileSync(hallCaFiles(dir).serverCertificate, 'utf8');
    expect(issueLanCertificate(dir, { names: ['www.icbc.com.cn'], addresses: [] })).toMatchObject({ ok: false, error: 'outside-ca-names' });
    expect(readFileSync(hallCaFiles(dir).serverCertificate, 'utf8')).toBe(before);
    // With --new-ca the new CA is made for the names given (and must be trusted again on each device).
    expect(issueLanCertificate(dir, { names: ['kiosk.village.lan'], addresses: [], newCa: true })).toMatchObject({ ok: true, issued: { caIsNew: true } });
  });
});
