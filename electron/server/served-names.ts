import { networkInterfaces } from 'node:os';
import type { KioskConfig } from '../config/schema.ts';

/**
 * How requests reach this backend (issue #16.2): Electron's privileged scheme, whose one origin is
 * app://kiosk, or the browser host's port (plain HTTP on loopback) and, in LAN mode, the LAN side's
 * HTTPS port once it listens (issue #16.9, lan-tls.ts).
 */
export type ServedAt = { via: 'app-scheme'; origin: string } | { via: 'port'; port: number; lanPort?: number };

/** The names the kiosk's own browser opens it by; as URL.hostname writes them. */
const loopbackNames = ['127.0.0.1', 'localhost', '[::1]'];

/** A configured name or address as URL.hostname writes it: lower case, an IPv6 address in brackets. */
function asHostname(name: string): string {
  return new URL(`http://${name.includes(':') ? `[${name}]` : name}`).hostname;
}

/** The kiosk PC's own addresses, by which a hall device may open it in LAN mode. */
export function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((addresses) => (addresses ?? []).map(({ address }) => address));
}

/**
 * The host names the LAN side serves in LAN mode: the hall's configured names and the machine's own
 * addresses. With the loopback names, any other name is a DNS rebinding attempt, or a mistake.
 */
export function lanHostnames(network: Pick<KioskConfig['network'], 'mode' | 'lanHosts'>, ownAddresses: readonly string[]): ReadonlySet<string> {
  return new Set(network.mode === 'lan' ? [...network.lanHosts, ...ownAddresses].map(asHostname) : []);
}

function portOf(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

/** The origin a URL belongs to, written as a browser's Origin header writes it (also for app://, which URL.origin calls opaque). */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** Whether a request's URL (from its Host header over HTTP) names this kiosk where it is served. */
export function isServedUrl(url: URL, servedAt: ServedAt, network: Pick<KioskConfig['network'], 'mode' | 'lanHosts'>): boolean {
  switch (servedAt.via) {
    case 'app-scheme':
      return originOf(url) === servedAt.origin;
    case 'port': {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
      const port = portOf(url);
      // The loopback names on either listener; the hall's names only on the LAN side, which is HTTPS.
      if (loopbackNames.includes(url.hostname)) return port === servedAt.port || port === servedAt.lanPort;
      return url.protocol === 'https:' && port === servedAt.lanPort && lanHostnames(network, network.mode === 'lan' ? interfaceAddresses() : []).has(url.hostname);
    }
    default: {
      const unknown: never = servedAt;
      throw new Error(`unknown way of serving: ${JSON.stringify(unknown)}`);
    }
  }
}
