/**
 * Every log and audit event, declared once: id, type and default message (architecture.md, Layout).
 * Staff-facing words for these live in the locales; the message here is for the log file.
 */
export type EventType = 'info' | 'warning' | 'error' | 'audit';

export interface EventDefinition {
  id: string;
  type: EventType;
  message: string;
}

export const events = {
  serverReady: { id: 'server.ready', type: 'info', message: 'Kiosk is ready' },
  serverStopping: { id: 'server.stopping', type: 'info', message: 'Kiosk is shutting down' },
  // Issue #16.9: the LAN side of LAN mode, HTTPS only.
  lanReady: { id: 'lan.ready', type: 'info', message: 'The console and board are served to the hall network over HTTPS' },
  lanRefused: {
    id: 'lan.refused',
    type: 'error',
    message: 'The LAN side did not start (certificate or port); the kiosk screen still works, staff see why in the console',
  },
  lanError: { id: 'lan.error', type: 'error', message: 'The LAN side hit an error; it carries on serving' },
  storeSetAside: {
    id: 'store.set-aside',
    type: 'error',
    message: 'The database file could not be read; it was set aside and a fresh database was started',
  },
  // Nothing lost (issue #8): refused input, backups, restore, retention. Fields never hold personal data.
  requestFailed: { id: 'request.failed', type: 'error', message: 'An API request hit an unexpected error (a bug); it was answered with 500' },
  backupMade: { id: 'backup.made', type: 'info', message: 'An online backup of the database was written' },
  backupFailed: { id: 'backup.failed', type: 'error', message: 'The database could not be backed up; the next try is in an hour' },
  storeRestored: {
    id: 'store.restored',
    type: 'error',
    message: 'The database file failed its integrity check; it was set aside and the latest good backup restored',
  },
  retentionPurged: { id: 'retention.purged', type: 'audit', message: 'Personal data past its retention period was purged' },
  // Issue #16.5: files on disk are the kiosk user's only.
  fileModesRepaired: { id: 'files.modes-repaired', type: 'warning', message: 'Files in the data folder that other users could read were made the kiosk user\'s only (those it could not change are listed as failed)' },
  returnReasonsSealed: { id: 'worklist.return-reasons-sealed', type: 'info', message: 'Return reasons stored in clear by an earlier version were sealed' },
  formsRemoved: { id: 'retention.forms-removed', type: 'info', message: 'Saved application forms of purged requests were removed' },
  retentionFailed: { id: 'retention.failed', type: 'error', message: 'The retention purge failed; it is tried again tomorrow' },
  // Issue #16.3: the audit log's own events.
  auditChainKeyed: {
    id: 'audit.chain-keyed',
    type: 'audit',
    message: "The audit log's rows are sealed with the audit key from here on; the older, unkeyed chain was checked first",
  },
  auditCheckpointFailed: {
    id: 'audit.checkpoint-failed',
    type: 'error',
    message: "An audit checkpoint could not be written to audit-checkpoints.jsonl; the rows since the last one are not anchored until the next one is",
  },
  auditKeyUnavailable: { id: 'audit.key-unavailable', type: 'error', message: 'The audit key cannot be used; staff actions that are audited are refused until it is fixed' },
  dataExported: { id: 'data.exported', type: 'audit', message: 'Staff exported the database, encrypted with a passphrase' },
  configRejected: { id: 'config.rejected', type: 'error', message: 'The hall configuration has a problem' },
  configFallback: { id: 'config.fallback', type: 'warning', message: 'Running on an earlier configuration' },
  seedRejected: { id: 'seed.rejected', type: 'error', message: 'A service file in seeds/ is invalid and was left out' },
  catalogLoaded: { id: 'catalog.loaded', type: 'info', message: 'Service catalog loaded' },
  keyResealFailed: {
    id: 'key-file.reseal-failed',
    type: 'warning',
    message: "A raw key file could not be sealed by the operating system's keystore; it was kept as it was, and is tried again at the next start",
  },
  dataKeyUnavailable: {
    id: 'data-key.unavailable',
    type: 'error',
    message: 'The key for personal data cannot be used; applications are refused until it is fixed',
  },
  printerError: { id: 'printer.error', type: 'error', message: 'A receipt could not be printed; the request itself was saved' },
  voiceBuilt: { id: 'voice.built', type: 'info', message: 'Every voice clip of the hall is ready' },
  voiceFailed: {
    id: 'voice.failed',
    type: 'error',
    message: 'Some voice clips could not be made; those strings are synthesised when first spoken (npm run setup:system installs espeak-ng)',
  },
  // Sync to the county (issue #8). Fields name requests by reference only, never by their answers.
  syncAuditCheckpointsUnsupported: {
    id: 'sync.audit-checkpoints-unsupported',
    type: 'warning',
    message: "The county does not take the audit log's checkpoints (optional); they are kept only in the hall until the kiosk restarts",
  },
  syncOnline: { id: 'sync.online', type: 'info', message: 'The county platform can be reached' },
  syncOffline: { id: 'sync.offline', type: 'warning', message: 'The county platform cannot be reached; requests wait in the outbox' },
  syncSent: { id: 'sync.sent', type: 'info', message: 'A request reached the county' },
  syncRetryLater: { id: 'sync.retry-later', type: 'warning', message: 'The county could not take a request now; it is sent again later' },
  syncNeedsAttention: { id: 'sync.needs-attention', type: 'error', message: 'The county refused a request; staff see it in the sync list' },
  syncKeyUnavailable: { id: 'sync.key-unavailable', type: 'error', message: 'The county signing key cannot be used; nothing is sent until it is fixed' },
  syncStatusesPulled: { id: 'sync.statuses-pulled', type: 'info', message: 'Status changes were fetched from the county' },
  syncFeedRefused: { id: 'sync.feed-refused', type: 'error', message: 'The county refused or garbled the status feed' },
  syncRoundFailed: { id: 'sync.round-failed', type: 'error', message: 'The sync worker hit an unexpected error; it tries again next round' },
  syncRetried: { id: 'sync.retried', type: 'audit', message: 'Staff asked for a request to be sent to the county again' },
  // Audit events (issue #6, Audit log): each is also written to the hash-chained audit log.
  staffSignIn: { id: 'staff.sign-in', type: 'audit', message: 'A staff member signed in' },
  staffSignOut: { id: 'staff.sign-out', type: 'audit', message: 'A staff member signed out' },
  staffPinFailed: { id: 'staff.pin-failed', type: 'audit', message: 'A wrong staff PIN was entered' },
  staffLockedOut: { id: 'staff.locked-out', type: 'audit', message: 'A device must wait before its next staff PIN after too many wrong ones' },
  staffSignInCeiling: {
    id: 'staff.sign-in-ceiling',
    type: 'audit',
    message: 'Too many wrong staff PINs across the hall: paired devices may not sign in for a while',
  },
  staffPinRehashed: { id: 'staff.pin-rehashed', type: 'audit', message: "A staff member's PIN hash was renewed at today's scrypt cost" },
  devicePaired: { id: 'device.paired', type: 'audit', message: 'A hall device was paired with the kiosk' },
  deviceRevoked: { id: 'device.revoked', type: 'audit', message: 'An admin revoked a paired hall device' },
  ticketIssued: { id: 'queue.ticket-issued', type: 'info', message: 'A queue ticket was issued' },
  queueCall: { id: 'queue.call', type: 'audit', message: 'A ticket was called to a window' },
  queueRecall: { id: 'queue.recall', type: 'audit', message: 'A ticket was called again' },
  queueSkip: { id: 'queue.skip', type: 'audit', message: 'A ticket was skipped' },
  queueFinish: { id: 'queue.finish', type: 'audit', message: 'A ticket was finished' },
  rateLimited: {
    id: 'request.rate-limited',
    type: 'warning',
    message: 'A client went over a rate limit (tickets, help calls or speech); it is refused until its limit refills',
  },
  helpCalled: { id: 'help.called', type: 'info', message: 'A resident called for staff' },
  helpAcknowledged: { id: 'help.acknowledged', type: 'audit', message: 'Staff acknowledged a help call' },
  helpCleared: { id: 'help.cleared', type: 'audit', message: 'Staff cleared a help call' },
  proxyFiling: { id: 'proxy.filing', type: 'audit', message: 'Staff filed a request on a resident\'s behalf, with consent' },
  sessionReset: { id: 'session.reset', type: 'audit', message: 'Staff reset the kiosk session' },
  exportMade: { id: 'export.made', type: 'audit', message: 'Data was exported' },
  // The staff worklist (issue #7). Fields name requests by reference only, never by their answers.
  worklistStateChanged: { id: 'worklist.state-changed', type: 'audit', message: 'Staff moved a request on in the worklist' },
  worklistDetailOpened: { id: 'worklist.detail-opened', type: 'audit', message: 'Staff opened a request with its full personal data' },
  worklistFormOpened: { id: 'worklist.form-opened', type: 'audit', message: 'Staff opened a request\'s application form, with its full personal data' },
  worklistFormPrinted: { id: 'worklist.form-printed', type: 'audit', message: 'Staff printed a request\'s application form' },
  worklistFormNotPrinted: { id: 'worklist.form-not-printed', type: 'audit', message: 'Staff tried to print an application form; the A4 printer failed' },
  configChanged: { id: 'config.changed', type: 'audit', message: 'The hall configuration was changed in the staff console' },
  // Appointments (issue #7): fields name bookings by id and reference only.
  appointmentCancelled: { id: 'appointment.cancelled', type: 'audit', message: 'Staff cancelled an appointment; the resident is told when they next ask' },
  appointmentMoved: { id: 'appointment.moved', type: 'audit', message: 'Staff moved an appointment to another half-day; the resident is told when they next ask' },
  homeVisitsOpened: { id: 'appointment.home-visits-opened', type: 'audit', message: 'Staff opened the home-visit list with residents\' addresses' },
} as const satisfies Record<string, EventDefinition>;

export type KioskEvent = (typeof events)[keyof typeof events];
