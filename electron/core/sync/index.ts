/**
 * Sync to the county platform (issue #8): the payloads and spec, the config, and the worker that sends
 * the outbox, retries, and fetches the county's status changes.
 */
export type { CountyRequest, CountyStatus, StatusUpdate } from './county-payloads.ts';
export { SyncConfig } from './sync-config.ts';
export type { NeedsAttention, RetryResult } from './outbox.ts';
export { createSyncWorker } from './sync-worker.ts';
export type { SyncProblem, SyncState, SyncWorker, SyncWorkerDeps, SyncWorkerOptions } from './sync-worker.ts';
