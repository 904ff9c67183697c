import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatedLanCertificateDir } from '../server/lan-tls.ts';
import { issueLanCertificate, machineLanNames } from './hall-ca.ts';

/**
 * `npm run lan:certificate -- [--data-dir DIR] [--name kiosk.hall.local]… [--address 192.168.1.20]… [--new-ca]`
 * (issue #16.9): the certificate LAN mode serves, from a hall CA made on the first run and kept after.
 * Names and addresses are this PC's own, plus any given. Run again when they change, or before the server
 * certificate expires; restart the kiosk afterwards.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    name: { type: 'string', multiple: true, default: [] },
    address: { type: 'string', multiple: true, default: [] },
    'new-ca': { type: 'boolean', default: false },
  },
});
const dataDir = resolve(values['data-dir'] ?? process.env.KIOSK_DATA_DIR ?? '.kiosk-data');
const own = machineLanNames();
const result = issueLanCertificate(generatedLanCertificateDir(dataDir), {
  names: [...values.name, ...own.names],
  addresses: [...values.address, ...own.addresses],
  newCa: values['new-ca'],
});
if (!result.ok) {
  console.error(`lan:certificate: ${result.message}`);
  process.exit(1);
}
const { files, caIsNew, names, addresses, caFingerprint, serverExpiresAt } = result.issued;
console.log(`Server certificate for ${[...names, ...addresses].join(', ')}
  ${files.serverCertificate} (expires ${serverExpiresAt.slice(0, 10)}; run this command again before then)
  ${files.serverKey} (private, 0600)
${caIsNew ? 'A new hall CA was made' : 'The hall CA was kept'}: ${files.caCertificate}
  SHA-256 fingerprint ${caFingerprint}
  Its key ${files.caKey} stays on this PC (0600); never copy it anywhere.

Restart the kiosk (network.mode "lan"); the console is then at
  https://${names[0] ?? addresses[0]}:8443/staff and the board at /board (8443 unless network.tls.port says otherwise).
${caIsNew ? '' : "Hall devices that trust the hall CA already need nothing more.\n"}
Trust the hall CA (hall-ca.crt only) once on each hall device, comparing the fingerprint above:
  Counter PC, Windows (Chrome and Edge use the Windows store): as an administrator,
    certutil -addstore -f Root hall-ca.crt
    or double-click hall-ca.crt > Install Certificate > Local Machine > Trusted Root Certification Authorities.
  Counter PC, Linux Chromium:  certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Hall CA" -i hall-ca.crt
    (certutil is in Debian's libnss3-tools), or Settings > Privacy and security > Security > Manage certificates > Authorities > Import.
  Hall TV: copy hall-ca.crt on a USB stick; Android TV: Settings > Security > Install certificates (CA certificate);
    a TV driven by a small PC: as for the counter PC. A TV that cannot add a CA cannot show the board over HTTPS.
Then open the console, and pair the device with a code from the kiosk as before.

A county-issued certificate instead: set network.tls.certificateFile and keyFile in the hall config.
配置局域网模式：在每台大厅设备上信任 hall-ca.crt（核对上面的指纹），然后重启自助终端。`);
