import { z } from 'zod';
import { AppointmentsConfig } from '../core/appointments/appointment-config.ts';
import { AppealsConfig } from '../core/appeals/county-appeals-key.ts';
import { LimitsConfig } from '../core/limits/index.ts';
import { LocaleId } from '../core/catalog/seed.ts';
import { A4PrinterConfig, PrinterConfig } from '../core/printing/index.ts';
import { QueueConfig } from '../core/queue/queue-config.ts';
import { StaffList } from '../core/staff/staff-config.ts';
import { SyncConfig } from '../core/sync/sync-config.ts';
import { Localised } from './localised.ts';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 08:30');

const Window = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: Localised,
});

/** Opening hours: on these weekdays (1 = Monday … 7 = Sunday), from open to close. */
const OpeningPeriod = z.strictObject({
  days: z.array(z.int().min(1).max(7)).min(1),
  open: clockTime,
  close: clockTime,
});

/** One hall's configuration (product.md, Configuration). One file per hall, validated at start-up. */
/** Issue #16.9: the HTTPS port of LAN mode when network.tls does not set one. */
export const defaultLanPort = 8443;

export const KioskConfig = z.strictObject({
  $schema: z.string().optional(),
  hall: z.strictObject({
    name: Localised,
    address: Localised,
    /** Shown when no staff console is online or the hall is closed. */
    dutyPhone: z.string().regex(/^[0-9-]{5,20}$/, 'digits and dashes, such as 0371-12345678'),
    windows: z.array(Window).min(1),
    openingHours: z.array(OpeningPeriod).min(1),
  }),
  /** Services shown on the home screen, by seed id, in seed order. */
  services: z.strictObject({
    enabled: z.array(z.string()).min(1),
  }),
  /** Figures that vary by county, used in seed texts as {{name}}. */
  countyFigures: z.record(z.string().regex(/^[a-zA-Z0-9]+$/), z.union([z.string(), z.number()])),
  languages: z.strictObject({
    default: LocaleId,
    available: z.array(LocaleId).min(1),
  }),
  timing: z.strictObject({
    /** accessibility.md, Time: seconds without input before the idle warning. */
    idleWarningAfterSeconds: z.int().min(30).max(3600).default(120),
    /** The warning's countdown. */
    idleCountdownSeconds: z.int().min(10).max(300).default(30),
    /** The resident may press 继续 at least this many times before the session ends anyway. */
    idleExtensions: z.int().min(10).max(100).default(10),
    /** accessibility.md, Touching: repeated presses within this time are ignored. */
    doubleTapGuardMs: z.int().min(0).max(3000).default(500),
  }),
  /** accessibility.md, Keypad and switches: what the resident's switches send, and their timing. */
  switches: z.strictObject({
    /** KeyboardEvent.code of the move switch; most switch interfaces send Space. */
    moveKey: z.string().min(1).default('Space'),
    /** KeyboardEvent.code of the select switch; most switch interfaces send Enter. */
    selectKey: z.string().min(1).default('Enter'),
    /** How long a press must be held to count. */
    acceptanceMs: z.int().min(0).max(2000).default(0),
    /** Presses ignored just after one counts. */
    postAcceptanceMs: z.int().min(0).max(2000).default(300),
    /** One-switch auto scanning: how long the highlight stays on each control. */
    scanIntervalMs: z.int().min(500).max(5000).default(1500),
  }),
  /** Business types, priority groups and how priority tickets are called (issue #6). */
  queue: QueueConfig,
  /** Half-day places for the services residents book a time for (issue #7); needed when such a service is on. */
  appointments: AppointmentsConfig.optional(),
  /** Who may sign in to staff mode, with their PIN hashes; admins manage this list in the console. */
  staff: StaffList,
  /** Banks a payment account can be at, as residents know them; the first is the commonest. */
  banks: z.array(Localised).min(1),
  /** The receipt printer; without one, receipts are written as text files in the data directory. */
  printer: PrinterConfig.optional(),
  /** The A4 printer for staff's application forms; without one, forms are saved as PDFs in the data directory. */
  a4Printer: A4PrinterConfig.optional(),
  network: z.strictObject({
    /** 'local' binds 127.0.0.1 only; 'lan' opens the staff console and board to the hall network. */
    mode: z.enum(['local', 'lan']).default('local'),
    /**
     * Issue #16.2: in LAN mode, the names and addresses hall devices open the kiosk by (kiosk.hall.lan,
     * 192.168.1.20), besides the kiosk PC's own addresses. A request for any other name is refused.
     */
    lanHosts: z.array(z.union([z.ipv4(), z.ipv6(), z.hostname()])).max(32).default([]),
    /**
     * Issue #16.9: in LAN mode the hall network reaches the kiosk over HTTPS only, with the certificate the
     * hall installs. Without the files named here, the one `npm run lan:certificate` made in the data folder;
     * without the section, that one on port 8443.
     */
    tls: z
      .strictObject({
        /** The HTTPS port the console and board use; the kiosk's own screen stays on plain HTTP at 127.0.0.1. */
        port: z.int().min(1).max(65535).default(defaultLanPort),
        /** A county-issued certificate chain (PEM, the server's certificate first); relative to this file's folder. */
        certificateFile: z.string().min(1).optional(),
        /** Its private key (PEM); relative to this file's folder. */
        keyFile: z.string().min(1).optional(),
      })
      .refine((tls) => (tls.certificateFile === undefined) === (tls.keyFile === undefined), {
        message: 'give certificateFile and keyFile together, or neither',
      })
      .optional(),
    /**
     * Issue #16.8: a paired device (console, board) unused for this many days must pair again. At most 400:
     * browsers keep the device's cookie no longer.
     */
    pairedDeviceIdleDays: z.int().min(1).max(400).default(30),
  }),
  /**
   * Issue #8: days a request's personal data is kept after the county has it (or, without sync, after staff
   * close it); then only the anonymous figures stay.
   */
  retention: z.strictObject({ days: z.int().min(1).max(3650).default(30) }).default({ days: 30 }),
  /** Issue #16.4: rate limits per client on tickets, help calls and speech, above a real hall's peak. */
  limits: LimitsConfig,
  /** Sending requests to the county platform (docs/county-sync.md); without it the staff worklist is the whole path. */
  sync: SyncConfig.optional(),
  /** Sealing residents' appeals for the county (issue #7); without a key, appeals go to the hotline. */
  appeals: AppealsConfig.optional(),
});
export type KioskConfig = z.infer<typeof KioskConfig>;
