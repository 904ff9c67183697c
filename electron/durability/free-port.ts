import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A port nothing listens on now, for a receiver that is to be down first and come up later. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolvePort(port));
    });
  });
}
