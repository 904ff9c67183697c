import type { KioskEvent } from './events.ts';

export type LogFields = Record<string, unknown>;
export type Logger = (event: KioskEvent, fields?: LogFields) => void;

/** One JSON line per event on stdout (errors on stderr), for journald or a log file. */
export const logToConsole: Logger = (event, fields = {}) => {
  const line = JSON.stringify({ time: new Date().toISOString(), event: event.id, type: event.type, message: event.message, ...fields });
  if (event.type === 'error') console.error(line);
  else console.log(line);
};

/** For tests: keeps every event in memory. */
export function memoryLogger(): Logger & { lines: { event: KioskEvent; fields: LogFields }[] } {
  const lines: { event: KioskEvent; fields: LogFields }[] = [];
  return Object.assign((event: KioskEvent, fields: LogFields = {}) => void lines.push({ event, fields }), { lines });
}
