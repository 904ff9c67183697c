import { X509Certificate, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import type { Socket } from 'node:net';

/**
 * The hall's network switch, for a browser on this machine to be "another device": it listens on
 * `listenHost` and carries each connection, byte for byte (TLS stays end to end), to the kiosk from
 * `fromAddress`. The kiosk counts only 127.0.0.1 and ::1 as itself, so to it the browser is a hall device.
 */
export async function startHallSwitch({ listenHost, port, kioskHost, fromAddress }: { listenHost: string; port: number; kioskHost: string; fromAddress: string }) {
  const sockets = new Set<Socket>();
  const server = createServer((device) => {
    const kiosk = connect({ host: kioskHost, port, localAddress: fromAddress });
    for (const socket of [device, kiosk]) {
      sockets.add(socket);
      socket.on('error', () => {
        device.destroy();
        kiosk.destroy();
      });
      socket.on('close', () => sockets.delete(socket));
    }
    device.pipe(kiosk).pipe(device);
  });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(port, listenHost, listening);
  });
  return {
    stop: () =>
      new Promise<void>((closed) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => closed());
      }),
  };
}

/**
 * Chromium's `--ignore-certificate-errors-spki-list` value for a certificate: base64 of the SHA-256 of its
 * SubjectPublicKeyInfo. It trusts exactly that key, where --ignore-certificate-errors would trust any.
 */
export function spkiPin(certificateFile: string): string {
  const spki = new X509Certificate(readFileSync(certificateFile)).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
