import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A forward proxy that sends a browser context's requests on to the kiosk from 127.0.0.2. The kiosk counts
 * only 127.0.0.1 and ::1 as itself (electron/server/staff-guard.ts), so a page behind it is, to the kiosk,
 * another device on the hall network, which must pair. Headers pass unchanged: Host and Origin stay the
 * kiosk's own, as they are for a real device that opens the kiosk's address.
 */
export async function startHallDeviceProxy(): Promise<{ server: string; close: () => Promise<void> }> {
  const proxy = createServer((incoming, outgoing) => {
    const target = new URL(incoming.url ?? '/');
    const forwarded = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: incoming.method,
        headers: incoming.headers,
        localAddress: '127.0.0.2',
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    outgoing.on('close', () => forwarded.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((listening) => proxy.listen(0, '127.0.0.1', listening));
  const { port } = proxy.address() as AddressInfo;
  return {
    server: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((closed) => {
        proxy.closeAllConnections();
        proxy.close(() => closed());
      }),
  };
}
