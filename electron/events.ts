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
  storeSetAside: {
    id: 'store.set-aside',
    type: 'error',
    message: 'The database file could not be read; it was set aside and a fresh database was started',
  },
  configRejected: { id: 'config.rejected', type: 'error', message: 'The hall configuration has a problem' },
  configFallback: { id: 'config.fallback', type: 'warning', message: 'Running on an earlier configuration' },
  seedRejected: { id: 'seed.rejected', type: 'error', message: 'A service file in seeds/ is invalid and was left out' },
  catalogLoaded: { id: 'catalog.loaded', type: 'info', message: 'Service catalog loaded' },
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
} as const satisfies Record<string, EventDefinition>;

export type KioskEvent = (typeof events)[keyof typeof events];
