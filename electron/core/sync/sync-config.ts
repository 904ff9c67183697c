import { z } from 'zod';
import { HallId } from './county-payloads.ts';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Personal data leaves the hall only over TLS; plain http is for the reference receiver on this computer. */
function isSafeEndpoint(text: string): boolean {
  const url = new URL(text);
  return url.protocol === 'https:' || loopbackHosts.has(url.hostname);
}

/**
 * Where the HMAC key shared with the county is: a file (relative paths are in the kiosk's data
 * directory; owner-only, as the data key is) or an environment variable. The key itself is at least
 * 32 bytes written as hex, as `openssl rand -hex 32` prints it.
 */
export const SigningKeySource = z.union([
  z.strictObject({ file: z.string().min(1) }),
  z.strictObject({ env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name such as KIOSK_COUNTY_KEY') }),
]);
export type SigningKeySource = z.infer<typeof SigningKeySource>;

/**
 * Sync to the county platform (issue #8; product.md, Configuration: the county endpoint with its
 * signing key reference). Without it, or with enabled false, the staff worklist is the whole path.
 */
export const SyncConfig = z.strictObject({
  enabled: z.boolean(),
  /** The county platform's base URL; the paths of docs/county-api.yaml are added to it. */
  endpoint: z
    .url({ protocol: /^https?$/ })
    .refine(isSafeEndpoint, 'https, or http only to this computer (127.0.0.1 or localhost) for the reference receiver'),
  hallId: HallId,
  /** Sent as X-Kiosk-Key-Id, so the county knows which key to check with (and can rotate keys). */
  keyId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, dots, dashes and underscores'),
  signingKey: SigningKeySource,
  /** A request the county has not answered in this time counts as a network failure and is retried. */
  requestTimeoutMs: z.int().min(100).max(120_000).default(15_000),
  /** How often the outbox is looked at for requests to send. */
  checkIntervalMs: z.int().min(50).max(600_000).default(5_000),
  /** How often the county's health endpoint is asked, which decides online or offline. */
  healthIntervalMs: z.int().min(50).max(3_600_000).default(30_000),
  /** How often status changes are fetched while online. */
  statusPullIntervalMs: z.int().min(50).max(86_400_000).default(60_000),
  /** Full-jitter exponential backoff: the first retry waits up to this long, doubling each time… */
  backoffBaseMs: z.int().min(10).max(3_600_000).default(2_000),
  /** …but never more than this. */
  backoffMaxMs: z.int().min(10).max(86_400_000).default(900_000),
});
export type SyncConfig = z.infer<typeof SyncConfig>;
