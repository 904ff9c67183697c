import type { KeyObject } from 'node:crypto';
import { retryAfterMs } from './backoff.ts';
import { CountyError, CountyHealth, StatusFeed } from './county-payloads.ts';
import type { CountyAuditCheckpoint, CountyRequest } from './county-payloads.ts';
import { signingHeaders } from './signing.ts';

/** How the kiosk reaches one county platform (docs/county-api.yaml). */
export interface CountyConnection {
  /** The base URL from the hall's config, e.g. https://county.example.gov.cn/kiosk/v1 */
  endpoint: string;
  keyId: string;
  key: KeyObject;
  timeoutMs: number;
  now: () => Date;
  /** Aborted when the worker stops, so a shutdown never waits for a slow county. */
  stopped: AbortSignal;
}

export type SendOutcome =
  | { kind: 'accepted'; replayed: boolean }
  /** Worth trying again later: 5xx, 408, 429, a timeout or no network. `unreachable` when the county did not answer at all. */
  | { kind: 'retry'; failure: string; reason: string; retryAfterMs: number | undefined; unreachable: boolean }
  /** Any other answer: trying again will not help until a person has looked. */
  | { kind: 'refused'; failure: string; reason: string };

/**
 * `failure` is short and safe for the log ('timeout', 'HTTP 503'); `reason` adds the county's own words,
 * which are kept for staff in the database but never logged.
 */
export type FeedFetch = { ok: true; feed: StatusFeed } | { ok: false; failure: string; reason: string; unreachable: boolean };

export const replayedHeader = 'idempotent-replayed';

type Exchange = { ok: true; response: Response; text: string } | { ok: false; reason: string };

function failureReason(error: unknown): string {
  const { name, cause } = error as { name?: string; cause?: { code?: unknown } };
  if (name === 'TimeoutError') return 'timeout';
  return typeof cause?.code === 'string' ? `network: ${cause.code}` : 'network';
}

/** One signed exchange; the timeout covers the whole answer, body included, so a county that hangs mid-body is also given up on. */
async function exchange(connection: CountyConnection, method: 'GET' | 'POST', path: string, body = '', headers: Record<string, string> = {}): Promise<Exchange> {
  const url = new URL(`${connection.endpoint.replace(/\/+$/, '')}${path}`);
  const signed = signingHeaders(connection.key, connection.keyId, { method, target: url.pathname + url.search, body }, connection.now());
  try {
    const response = await fetch(url, {
      method,
      headers: { ...headers, ...signed, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
      body: method === 'POST' ? body : undefined,
      // A redirect would carry the signed body somewhere the hall never configured.
      redirect: 'manual',
      signal: AbortSignal.any([AbortSignal.timeout(connection.timeoutMs), connection.stopped]),
    });
    return { ok: true, response, text: await response.text() };
  } catch (error) {
    return { ok: false, reason: failureReason(error) };
  }
}

/** The county's own words for a refusal, for staff; trimmed, since they are shown in a list. */
function refusalReason(status: number, text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const error = CountyError.safeParse(parsed);
  const words = error.success ? `${error.data.error}${error.data.message ? `: ${error.data.message}` : ''}` : text.trim().slice(0, 200);
  return `HTTP ${status}${words ? ` ${words}` : ''}`.slice(0, 500);
}

const retryableStatuses = new Set([408, 429]);

export async function postRequest(connection: CountyConnection, payload: CountyRequest, idempotencyKey: string): Promise<SendOutcome> {
  const result = await exchange(connection, 'POST', '/requests', JSON.stringify(payload), { 'idempotency-key': idempotencyKey });
  if (!result.ok) return { kind: 'retry', failure: result.reason, reason: result.reason, retryAfterMs: undefined, unreachable: true };
  const { response, text } = result;
  const { status } = response;
  if (status >= 200 && status < 300) return { kind: 'accepted', replayed: response.headers.get(replayedHeader) === 'true' };
  const failure = `HTTP ${status}`;
  if (status >= 500 || retryableStatuses.has(status)) {
    return { kind: 'retry', failure, reason: refusalReason(status, text), retryAfterMs: retryAfterMs(response.headers.get('retry-after'), connection.now()), unreachable: false };
  }
  return { kind: 'refused', failure, reason: refusalReason(status, text) };
}

export async function fetchStatusFeed(connection: CountyConnection, hallId: string, after: string | undefined, limit: number): Promise<FeedFetch> {
  const query = new URLSearchParams({ limit: String(limit), ...(after === undefined ? {} : { after }) });
  const result = await exchange(connection, 'GET', `/halls/${encodeURIComponent(hallId)}/status-updates?${query}`);
  if (!result.ok) return { ok: false, failure: result.reason, reason: result.reason, unreachable: true };
  const { status } = result.response;
  if (status !== 200) return { ok: false, failure: `HTTP ${status}`, reason: refusalReason(status, result.text), unreachable: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(result.text);
  } catch {
    return { ok: false, failure: 'not-json', reason: 'the status feed is not JSON', unreachable: false };
  }
  const feed = StatusFeed.safeParse(parsed);
  if (!feed.success) {
    const where = feed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, failure: 'not-the-spec', reason: `the status feed does not match docs/county-api.yaml at ${where}`, unreachable: false };
  }
  return { ok: true, feed: feed.data };
}

/** `unsupported`: a county that has not implemented the optional /audit-checkpoints (404, 405 or 501). */
export type CheckpointSend = 'accepted' | 'unsupported' | 'failed';

const unsupportedStatuses = new Set([404, 405, 501]);

/** Issue #16.3: sends the hall's newest audit checkpoint; the county stores each one once. */
export async function postAuditCheckpoint(connection: CountyConnection, checkpoint: CountyAuditCheckpoint): Promise<CheckpointSend> {
  const result = await exchange(connection, 'POST', '/audit-checkpoints', JSON.stringify(checkpoint));
  if (!result.ok) return 'failed';
  const { status } = result.response;
  if (status >= 200 && status < 300) return 'accepted';
  return unsupportedStatuses.has(status) ? 'unsupported' : 'failed';
}

/** The health probe that decides online or offline (never navigator.onLine, which only knows about a cable). */
export async function probeHealth(connection: CountyConnection): Promise<boolean> {
  const result = await exchange(connection, 'GET', '/health');
  if (!result.ok || result.response.status !== 200) return false;
  try {
    return CountyHealth.safeParse(JSON.parse(result.text)).success;
  } catch {
    return false;
  }
}
