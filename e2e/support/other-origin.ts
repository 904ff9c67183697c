import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A page of another origin on the same machine: 127.0.0.1 on a free port, the same site as the kiosk
 * (SameSite cookies do not tell ports apart), as another program on the kiosk PC could serve it.
 */
export async function serveOtherPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end('<!doctype html><title>another page</title>');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
