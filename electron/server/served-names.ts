import { networkInterfaces } from 'node:os';
import type { KioskConfig } from '../config/schema.ts';

/**
 * How requests reach this backend (issue #16.2): Electron's privileged scheme, whose one origin is
 * app://kiosk, or the browser host's port, whatever its scheme (http, or https in LAN mode).
 */
export type ServedAt = { via: 'app-scheme'; origin: string } | { via: 'port'; port: number };

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
 * The host names served on the browser host's port: the loopback names always; in LAN mode also the
 * hall's configured names and the machine's own addresses. Any other name is a DNS rebinding attempt,
 * or a mistake.
 */
export function servedHostnames(network: Pick<KioskConfig['network'], 'mode' | 'lanHosts'>, ownAddresses: readonly string[]): ReadonlySet<string> {
  const lan = network.mode === 'lan' ? [...network.lanHosts, ...ownAddresses].map(asHostname) : [];
  return new Set([...loopbackNames, ...lan]);
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
export function isServedUrl(url: URL, servedAt: ServedAt, network: KioskConfig['network']): boolean {
  switch (servedAt.via) {
    case 'app-scheme':
      return originOf(url) === servedAt.origin;
    case 'port':
      return (url.protocol === 'http:' || url.protocol === 'https:') && portOf(url) === servedAt.port && servedHostnames(network, network.mode === 'lan' ? interfaceAddresses() : []).has(url.hostname);
    default: {
      const unknown: never = servedAt;
      throw new Error(`unknown way of serving: ${JSON.stringify(unknown)}`);
    }
  }
}
