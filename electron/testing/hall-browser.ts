import { request as plainRequest } from 'node:http';
import { request as tlsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { LiveEvent } from '../server/hub.ts';

/**
 * A device on the LAN side of LAN mode (issue #16.9): it names the kiosk by `hostname`, which resolves to
 * 127.0.0.1, and trusts only `ca`, so the certificate's chain and names are really checked.
 */
export interface HallTls {
  hostname: string;
  ca: string;
}

export interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the fields it expects
  body: any;
  setCookie: string[];
}

/**
 * A browser with its own cookie jar, talking real HTTP from a chosen local address. The kiosk counts only
 * 127.0.0.1 and ::1 as itself, so a request from 127.0.0.2 is, to the kiosk, another device on the LAN.
 */
export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly port: number,
    private readonly localAddress: string,
    private readonly tls?: HallTls,
  ) {}

  /** As a browser's fetch: a Content-Type only with a body, and no Content-Length on a bodyless DELETE. */
  #options(method: string, path: string, withBody: boolean) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const toKiosk: LookupFunction = (_name, options, callback) =>
      options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);
    return {
      host: this.tls?.hostname ?? '127.0.0.1',
      ...(this.tls ? { ca: this.tls.ca, lookup: toKiosk, agent: false } : {}),
      port: this.port,
      path,
      method,
      localAddress: this.localAddress,
      headers: { ...(withBody ? { 'Content-Type': 'application/json' } : {}), ...(cookie ? { Cookie: cookie } : {}) },
    };
  }

  #request(method: string, path: string, withBody: boolean) {
    const options = this.#options(method, path, withBody);
    return this.tls ? tlsRequest(options) : plainRequest(options);
  }

  #keep(setCookie: string[]) {
    for (const line of setCookie) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  send(method: string, path: string, body?: unknown): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const outgoing = this.#request(method, path, body !== undefined);
      outgoing.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          const setCookie = response.headers['set-cookie'] ?? [];
          this.#keep(setCookie);
          // A page (the worklist's A4 form, its style sheet) is kept as its text.
          const json = (response.headers['content-type'] ?? '').startsWith('application/json');
          resolve({ status: response.statusCode ?? 0, body: text ? (json ? (JSON.parse(text) as unknown) : text) : undefined, setCookie });
        });
      });
      outgoing.on('error', reject);
      outgoing.end(body === undefined ? undefined : JSON.stringify(body));
    });
  }

  signIn(pin: string, where: 'kiosk' | 'console' = 'console') {
    return this.send('POST', '/api/staff/session', { pin, where });
  }

  /** Opens /api/events; `status` is the answer's status, `events` fills as they arrive. */
  listen(client: 'kiosk' | 'staff' | 'board') {
    const events: LiveEvent[] = [];
    let status = 0;
    let ended = false;
    const outgoing = this.#request('GET', `/api/events?client=${client}`, false);
    const answered = new Promise<number>((resolve, reject) => {
      outgoing.on('response', (response) => {
        status = response.statusCode ?? 0;
        let buffer = '';
        response.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          for (const match of buffer.matchAll(/^data: (.*)$/gm)) events.push(JSON.parse(match[1] ?? '') as LiveEvent);
          buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
        });
        response.on('close', () => (ended = true));
        resolve(status);
      });
      outgoing.on('error', reject);
    });
    outgoing.end();
    return {
      answered,
      events,
      hasEnded: () => ended,
      close: () => outgoing.destroy(),
    };
  }
}
