import type { SeedProblem } from '../core/catalog/catalog.ts';
import type { AuditTrail } from '../core/audit/audit-log.ts';
import type { FormPrinter, ReceiptPrinter } from '../core/printing/index.ts';
import type { HallVoice, VoiceCache } from '../core/speech/index.ts';
import type { ScryptCost } from '../core/staff/pin.ts';
import type { StaffSessions } from '../core/staff/sessions.ts';
import type { SyncWorker } from '../core/sync/index.ts';
import type { ConfigPaths, LoadedConfig } from '../config/load.ts';
import type { Logger } from '../log.ts';
import type { DataKeyLoad } from '../store/crypto/index.ts';
import type { KioskDatabase } from '../store/open.ts';
import type { Holder } from './holder.ts';
import type { LiveHub } from './hub.ts';
import type { RequestLimits } from './limit-buckets.ts';
import type { ServedAt } from './served-names.ts';

/** The hall's config as loaded: every reader calls current() per request; an admin's change calls replace(). */
export type ConfigHolder = Holder<LoadedConfig>;

/** What the kiosk's backend runs on, built once by boot.ts; each route takes only the part it uses (Pick). */
export interface KioskDeps {
  db: KioskDatabase;
  /** The audit log with its key and checkpoints (issue #16.3): what `audited` writes to. */
  audit: AuditTrail;
  /** Replaced when an admin changes the config in the console (staff-routes.ts, pin-upgrade.ts). */
  config: ConfigHolder;
  /** Where the config came from; an admin's change is written to `requested` and `lastGood`. */
  configPaths: ConfigPaths;
  seedProblems: readonly SeedProblem[];
  hub: LiveHub;
  /** The hall's strings, pronunciations and recordings, for speech (see hallVoice). */
  voice: HallVoice;
  /** The key that seals residents' personal data (store/crypto); not ok when the key file is unusable. */
  dataKey: DataKeyLoad;
  printer: ReceiptPrinter;
  /** The A4 printer for staff's application forms (issue #7). */
  formPrinter: FormPrinter;
  staffSessions: StaffSessions;
  /** Issue #16.7: the scrypt cost new PIN hashes are made at: pin.ts's recommended cost (tests may use a cheaper one). */
  pinCost: ScryptCost;
  /** Issue #16.4: tickets, help calls and speech per client, against the config's limits. */
  limits: RequestLimits;
  /** Issue #16.4: clips of text known only at run time, in their own bounded file that backups leave out. */
  voiceCache: VoiceCache;
  /** Sends requests to the county when the hall's config enables it; the host starts and stops it. */
  sync: SyncWorker;
  log: Logger;
  /** Vite's output, dist/renderer. */
  rendererDir: string;
  /** Where requests arrive (issue #16.2): app://kiosk in Electron, the port in the browser host; replaced by the host once it listens. */
  servedAt: Holder<ServedAt>;
}
