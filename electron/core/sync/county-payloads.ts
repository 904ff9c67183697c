import { z } from 'zod';
import { SealedEnvelope } from '../appeals/sealed-envelope.ts';
import { departments } from '../catalog/seed.ts';

/**
 * What the kiosk and a county platform say to each other (issue #8, County interface). These schemas
 * are the one source: the worker checks what it sends and receives with them, the reference receiver
 * checks with them, and docs/county-api.yaml is generated from them (npm run county:api).
 *
 * Schemas for what the kiosk sends are strict, so a county can refuse anything unexpected. Schemas for
 * what a county sends back allow extra fields, so a county can add to its answers without breaking halls.
 */

export const Reference = z
  .string()
  .regex(/^[AFHJKLMRUWXY]{2}-\d{6}-\d$/)
  .meta({ description: 'The reference the resident was given, unique within a hall (ISO 7064 MOD 37-2 check digit).', examples: ['KA-482913-5'] });

export const HallId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
  .meta({ description: 'The hall, as the county named it when it set the hall up.', examples: ['xinzheng-longhu-hall'] });

export const Timestamp = z.iso.datetime({ offset: true }).meta({ description: 'RFC 3339 date and time, such as 2026-11-27T09:30:00.000Z.' });

export const PaymentAccountAnswer = z.strictObject({
  kind: z.enum(['social-security-card', 'bank-card']),
  bank: z.string().min(1).max(60),
  account: z.string().regex(/^\d{9,30}$/),
});

export const AnswerValue = z
  .union([z.string().max(2000), z.number(), z.boolean(), PaymentAccountAnswer])
  .meta({ description: "One answer: text, a number, yes/no, a date as YYYY-MM-DD text, or a payment account. Ids and meanings are the service's form in seeds/<serviceId>.json at serviceVersion." });

/**
 * A resident's request as the kiosk sends it. Personal answers are opened from the kiosk's at-rest
 * sealing and sent in clear inside TLS: the county is the data controller and must act on them. An
 * appeal's content stays sealed for the county's appeals key all the way (`sealed`).
 */
export const CountyRequest = z.strictObject({
  reference: Reference,
  hallId: HallId,
  serviceId: z.string().regex(/^[a-z0-9-]+$/),
  serviceVersion: z.int().positive(),
  department: z.enum(departments),
  createdAt: Timestamp,
  answers: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), AnswerValue),
  /** A sealed appeal's content (issue #7): `answers` then holds only its category and whether it is anonymous. */
  sealed: SealedEnvelope.optional(),
});
export type CountyRequest = z.infer<typeof CountyRequest>;

/** The county's answer to a request it has stored: the same on the first delivery and on every replay. */
export const CountyAccepted = z.looseObject({
  reference: Reference,
  receivedAt: Timestamp,
});
export type CountyAccepted = z.infer<typeof CountyAccepted>;

/** Where a request stands, as the county decides. The kiosk speaks each in words of its own. */
export const CountyStatus = z.enum(['received', 'in-review', 'more-information-needed', 'approved', 'rejected', 'completed']);
export type CountyStatus = z.infer<typeof CountyStatus>;

export const Cursor = z
  .string()
  .regex(/^[A-Za-z0-9._~-]{1,200}$/)
  .meta({ description: "Opaque to the kiosk: the county's position in its feed of status changes, URL-safe." });

export const StatusUpdate = z.looseObject({
  reference: Reference,
  status: CountyStatus,
  statusText: z.string().max(500).optional().meta({ description: 'Words for the resident, shown and read as written (Chinese). Never personal data: anyone with the reference sees them.' }),
  updatedAt: Timestamp,
  cursor: Cursor,
});
export type StatusUpdate = z.infer<typeof StatusUpdate>;

/** Status changes for one hall after a cursor, oldest first; `more` when the page was full. */
export const StatusFeed = z.looseObject({
  updates: z.array(StatusUpdate).max(500),
  more: z.boolean(),
});
export type StatusFeed = z.infer<typeof StatusFeed>;

export const CountyHealth = z.looseObject({
  ok: z.literal(true),
  time: Timestamp,
});

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Issue #16.3: the newest checkpoint of the hall's audit log, as the kiosk signed it. The county keeps
 * each one it is sent: rows the county has a checkpoint for cannot be cut from the hall's log, or the log
 * rebuilt, without the county's copy showing it. Optional for a county: one that answers 404 is not sent more.
 */
export const CountyAuditCheckpoint = z.strictObject({
  hallId: HallId,
  rows: z.int().nonnegative().meta({ description: "How many rows the hall's audit log had." }),
  head: Sha256Hex.meta({ description: 'The hash of the last of those rows (64 zeros for none).' }),
  at: Timestamp,
  mac: Sha256Hex.meta({ description: "The hall's own HMAC of rows, head and at under its audit key, which stays in the hall: `npm run audit:verify` there checks it." }),
});
export type CountyAuditCheckpoint = z.infer<typeof CountyAuditCheckpoint>;

/** Every refusal: a short code for machines, and a message staff read in the needs-attention list. */
export const CountyError = z.looseObject({
  error: z.string().min(1).max(100).meta({ description: 'A short code, such as bad-signature or unknown-service.' }),
  message: z.string().max(1000).optional().meta({ description: 'What is wrong, for hall staff; shown in their needs-attention list. No personal data.' }),
});
export type CountyError = z.infer<typeof CountyError>;

/** The named components of docs/county-api.yaml, in the order they are listed. */
export const countyApiSchemas = z.registry<{ id: string }>();
countyApiSchemas.add(Reference, { id: 'Reference' });
countyApiSchemas.add(HallId, { id: 'HallId' });
countyApiSchemas.add(Timestamp, { id: 'Timestamp' });
countyApiSchemas.add(AnswerValue, { id: 'AnswerValue' });
countyApiSchemas.add(SealedEnvelope, { id: 'SealedEnvelope' });
countyApiSchemas.add(CountyRequest, { id: 'CountyRequest' });
countyApiSchemas.add(CountyAccepted, { id: 'CountyAccepted' });
countyApiSchemas.add(CountyStatus, { id: 'CountyStatus' });
countyApiSchemas.add(Cursor, { id: 'Cursor' });
countyApiSchemas.add(StatusUpdate, { id: 'StatusUpdate' });
countyApiSchemas.add(StatusFeed, { id: 'StatusFeed' });
countyApiSchemas.add(CountyHealth, { id: 'CountyHealth' });
countyApiSchemas.add(CountyAuditCheckpoint, { id: 'CountyAuditCheckpoint' });
countyApiSchemas.add(CountyError, { id: 'CountyError' });
