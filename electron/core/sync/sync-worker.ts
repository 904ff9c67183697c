import { events } from '../../events.ts';
import type { Logger } from '../../log.ts';
import type { DataKeyLoad } from '../../store/crypto/index.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { fullJitterDelayMs } from './backoff.ts';
import type { AuditCheckpoint } from '../audit/index.ts';
import { fetchStatusFeed, postAuditCheckpoint, postRequest, probeHealth } from './county-client.ts';
import type { CountyConnection } from './county-client.ts';
import { claimNextDue, markNeedsAttention, markSent, needsAttentionList, pendingCount, retryNow, scheduleRetry } from './outbox.ts';
import type { NeedsAttention, RetryResult } from './outbox.ts';
import { countyRequestFor } from './request-payload.ts';
import { loadSigningKey } from './signing-key.ts';
import type { SyncConfig } from './sync-config.ts';
import { applyStatusUpdates, lastSuccessAt, recordSuccess, statusCursor } from './sync-store.ts';

export interface SyncWorkerDeps {
  db: KioskDatabase;
  dataKey: DataKeyLoad;
  /** Where a relative signing key file is. */
  dataDir: string;
  log: Logger;
  /** Read every round, so an admin's config change takes effect without a restart. */
  syncConfig: () => SyncConfig | undefined;
  /** Issue #16.3: the newest signed checkpoint of the hall's audit log, sent to the county when it has moved. */
  latestAuditCheckpoint?: () => AuditCheckpoint | undefined;
  /** Called when what syncState() shows has changed: online or offline, a request sent or refused, a status fetched. */
  onChange?: () => void;
}

/** For tests: the clock, the jitter and the environment the key may come from. */
export interface SyncWorkerOptions {
  now?: () => Date;
  random?: () => number;
  env?: NodeJS.ProcessEnv;
}

export type SyncProblem =
  | { error: 'signing-key-unavailable'; detail: string }
  | { error: 'data-key-unavailable'; detail: string }
  | { error: 'status-feed-refused'; detail: string };

/** What staff and the kiosk are shown about sync. */
export interface SyncState {
  enabled: boolean;
  /** The county's health endpoint answered at the last probe and nothing has failed to reach it since. */
  online: boolean;
  pending: number;
  needsAttention: NeedsAttention[];
  lastSuccessAt: string | null;
  problems: SyncProblem[];
}

export interface SyncWorker {
  start(): void;
  /** Stops the rounds and aborts a request in flight; resolves when the current round has ended. */
  stop(): Promise<void>;
  /** A round now, after the current one: new requests go out without waiting for the next check. */
  wake(): void;
  /** One round: probe health when due, send what is due, fetch statuses when due. */
  runRound(): Promise<void>;
  syncState(): SyncState;
  online(): { enabled: boolean; online: boolean };
  retry(reference: string): RetryResult;
}

/** Status changes are fetched a page at a time, at most this many pages a round. */
const statusPageSize = 100;
const statusPagesPerRound = 20;
/** When sync is off, how often to look whether an admin has switched it on. */
const disabledCheckMs = 5_000;

/**
 * The sync worker (issue #8; architecture.md, Data). It sends outbox rows one at a time, oldest first,
 * each with its own Idempotency-Key and a signature; retries 5xx, 408, 429, timeouts and network
 * failures with capped full-jitter backoff or the county's Retry-After; moves other refusals to the
 * needs-attention list; and fetches the county's status changes. A retryable failure pauses all sending
 * until that row is due again, so an outage costs one attempt per backoff, not one per waiting request.
 */
export function createSyncWorker(deps: SyncWorkerDeps, options: SyncWorkerOptions = {}): SyncWorker {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const { db, log } = deps;

  let online = false;
  let nextProbeAt = 0;
  let nextPullAt = 0;
  let sendingPausedUntil = 0;
  let keyProblem: SyncProblem | undefined;
  /** The mac of the audit checkpoint the county last took, and whether it takes them at all. */
  let checkpointSent: string | undefined;
  let checkpointsUnsupported = false;
  let feedProblem: SyncProblem | undefined;

  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let again = false;
  let stopping = new AbortController();

  const changed = () => deps.onChange?.();

  function setOnline(value: boolean): void {
    if (value === online) return;
    log(value ? events.syncOnline : events.syncOffline);
    online = value;
    changed();
  }

  function enabledConfig(): SyncConfig | undefined {
    const config = deps.syncConfig();
    return config?.enabled ? config : undefined;
  }

  function connectionFor(config: SyncConfig): CountyConnection | undefined {
    const key = loadSigningKey(config.signingKey, { dataDir: deps.dataDir, env: options.env });
    if (!key.ok) {
      if (keyProblem?.detail !== key.detail) log(events.syncKeyUnavailable, { error: key.error, detail: key.detail });
      keyProblem = { error: 'signing-key-unavailable', detail: key.detail };
      return undefined;
    }
    keyProblem = undefined;
    return { endpoint: config.endpoint, keyId: config.keyId, key: key.key, timeoutMs: config.requestTimeoutMs, now, stopped: stopping.signal };
  }

  async function sendDue(config: SyncConfig, connection: CountyConnection): Promise<void> {
    if (!deps.dataKey.ok) return;
    for (;;) {
      if (stopping.signal.aborted || now().getTime() < sendingPausedUntil) return;
      const row = claimNextDue(db, now());
      if (!row) return;
      const built = countyRequestFor(db, deps.dataKey.key, row.reference, config.hallId);
      if (!built.ok) {
        markNeedsAttention(db, row.id, `${built.error}: ${built.detail}`);
        log(events.syncNeedsAttention, { reference: row.reference, attempts: row.attempts, error: built.error });
        changed();
        continue;
      }
      const outcome = await postRequest(connection, built.payload, row.idempotencyKey);
      // Shutting down: the row stays due, and the next start resends it under the same key.
      if (stopping.signal.aborted) return;
      switch (outcome.kind) {
        case 'accepted':
          markSent(db, row.id, now());
          recordSuccess(db, now());
          log(events.syncSent, { reference: row.reference, attempts: row.attempts, replayed: outcome.replayed });
          changed();
          break;
        case 'retry': {
          const delay = outcome.retryAfterMs ?? fullJitterDelayMs(row.attempts, config, random);
          const at = new Date(now().getTime() + delay);
          scheduleRetry(db, row.id, at, outcome.reason);
          sendingPausedUntil = at.getTime();
          // The county's words stay in the database for staff; the log gets only the kind of failure.
          log(events.syncRetryLater, { reference: row.reference, attempts: row.attempts, failure: outcome.failure, delayMs: delay });
          if (outcome.unreachable) {
            setOnline(false);
            nextProbeAt = 0;
          }
          return;
        }
        case 'refused':
          markNeedsAttention(db, row.id, outcome.reason);
          log(events.syncNeedsAttention, { reference: row.reference, attempts: row.attempts, failure: outcome.failure });
          changed();
          break;
        default: {
          const unknownOutcome: never = outcome;
          throw new Error(`unknown send outcome ${JSON.stringify(unknownOutcome)}`);
        }
      }
    }
  }

  async function pullStatuses(config: SyncConfig, connection: CountyConnection): Promise<void> {
    for (let page = 0; page < statusPagesPerRound && online && !stopping.signal.aborted; page += 1) {
      const fetched = await fetchStatusFeed(connection, config.hallId, statusCursor(db), statusPageSize);
      if (!fetched.ok) {
        if (fetched.unreachable) {
          setOnline(false);
          nextProbeAt = 0;
        } else {
          if (feedProblem?.detail !== fetched.reason) log(events.syncFeedRefused, { failure: fetched.failure });
          feedProblem = { error: 'status-feed-refused', detail: fetched.reason };
        }
        return;
      }
      feedProblem = undefined;
      const { applied, unknown } = applyStatusUpdates(db, fetched.feed.updates);
      recordSuccess(db, now());
      if (applied > 0) changed();
      if (fetched.feed.updates.length > 0) log(events.syncStatusesPulled, { applied, unknown });
      if (!fetched.feed.more || fetched.feed.updates.length === 0) return;
    }
  }

  /** After the requests, so an audit checkpoint never delays a resident's request. */
  async function sendAuditCheckpoint(config: SyncConfig, connection: CountyConnection): Promise<void> {
    const checkpoint = deps.latestAuditCheckpoint?.();
    if (!checkpoint || checkpointsUnsupported || checkpoint.mac === checkpointSent || stopping.signal.aborted) return;
    const sent = await postAuditCheckpoint(connection, { hallId: config.hallId, ...checkpoint });
    if (sent === 'accepted') checkpointSent = checkpoint.mac;
    if (sent === 'unsupported') {
      checkpointsUnsupported = true;
      log(events.syncAuditCheckpointsUnsupported);
    }
  }

  async function round(): Promise<void> {
    const config = enabledConfig();
    if (!config) {
      setOnline(false);
      return;
    }
    const connection = connectionFor(config);
    if (!connection) {
      setOnline(false);
      return;
    }
    if (now().getTime() >= nextProbeAt) {
      setOnline(await probeHealth(connection));
      nextProbeAt = now().getTime() + config.healthIntervalMs;
    }
    if (!online) return;
    await sendDue(config, connection);
    if (online) await sendAuditCheckpoint(config, connection);
    if (online && now().getTime() >= nextPullAt) {
      await pullStatuses(config, connection);
      nextPullAt = now().getTime() + config.statusPullIntervalMs;
    }
  }

  /** One round at a time: two at once could send the same row twice (harmless, a replay, but counted twice). */
  function runRound(): Promise<void> {
    current ??= round()
      .catch((error: unknown) => log(events.syncRoundFailed, { error: (error as Error).message }))
      .finally(() => {
        current = undefined;
      });
    return current;
  }

  function schedule(delayMs: number): void {
    timer = setTimeout(() => {
      timer = undefined;
      void runRound().then(() => {
        if (!running || timer) return;
        const delay = again ? 0 : (enabledConfig()?.checkIntervalMs ?? disabledCheckMs);
        again = false;
        schedule(delay);
      });
    }, delayMs);
    // The worker never keeps the process alive on its own.
    timer.unref();
  }

  function wake(): void {
    if (!running) return;
    if (current) {
      again = true;
    } else {
      clearTimeout(timer);
      schedule(0);
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      stopping = new AbortController();
      schedule(0);
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      timer = undefined;
      stopping.abort();
      await current;
    },
    wake,
    runRound,
    syncState() {
      const dataKeyProblem: SyncProblem | undefined = deps.dataKey.ok ? undefined : { error: 'data-key-unavailable', detail: deps.dataKey.detail };
      const enabled = enabledConfig() !== undefined;
      return {
        enabled,
        online,
        pending: pendingCount(db),
        needsAttention: needsAttentionList(db),
        lastSuccessAt: lastSuccessAt(db),
        problems: enabled ? [keyProblem, dataKeyProblem, feedProblem].filter((problem) => problem !== undefined) : [],
      };
    },
    online() {
      return { enabled: enabledConfig() !== undefined, online };
    },
    retry(reference) {
      const result = retryNow(db, reference);
      if (result.ok) {
        sendingPausedUntil = 0;
        changed();
        wake();
      }
      return result;
    },
  };
}
