import { catalog } from './001-catalog.ts';
import { staffNotices } from './002-staff-notices.ts';
import { voiceClips } from './003-voice-clips.ts';
import { requests } from './004-requests.ts';
import { auditLog } from './005-audit-log.ts';
import { queue } from './006-queue.ts';
import { staffDevices } from './007-staff-devices.ts';
import { sync } from './008-sync.ts';
import { worklist } from './009-worklist.ts';
import { appointments } from './010-appointments.ts';
import { sealedAppealsAndEnquiry } from './011-sealed-appeals-and-enquiry.ts';
import { retention } from './012-retention.ts';
import { deviceSignIn } from './013-device-sign-in.ts';
import { runTimeClipsOut } from './014-run-time-clips-out.ts';

export interface Migration {
  /** The user_version the database has after this migration. */
  version: number;
  sql: string;
}

/** In order. Never edit a migration that has shipped; add the next one. */
export const migrations: readonly Migration[] = [
  { version: 1, sql: catalog },
  { version: 2, sql: staffNotices },
  { version: 3, sql: voiceClips },
  { version: 4, sql: requests },
  { version: 5, sql: auditLog },
  { version: 6, sql: queue },
  { version: 7, sql: staffDevices },
  { version: 8, sql: sync },
  { version: 9, sql: worklist },
  { version: 10, sql: appointments },
  { version: 11, sql: sealedAppealsAndEnquiry },
  { version: 12, sql: retention },
  { version: 13, sql: deviceSignIn },
  { version: 14, sql: runTimeClipsOut },
];
