import { z } from 'zod';
import { Localised } from '../../config/localised.ts';

/** A business type residents queue for, such as A 社保/养老 (issue #6, Taking a ticket). */
export const BusinessType = z.strictObject({
  /** The ticket letter, one capital letter: A012. */
  letter: z.string().regex(/^[A-Z]$/, 'one capital letter, such as A'),
  name: Localised,
  /** A lucide icon name shown on the tile, such as "piggy-bank", from the kiosk's icons (core/catalog/icons.ts); another draws a ticket. */
  icon: z.string().regex(/^[a-z0-9-]+$/),
});
export type BusinessType = z.infer<typeof BusinessType>;

/** The queue: business types, who may be served first, and how priority tickets are called. */
export const QueueConfig = z.strictObject({
  businessTypes: z
    .array(BusinessType)
    .min(1)
    .refine((types) => new Set(types.map((each) => each.letter)).size === types.length, 'each business type needs its own letter'),
  priority: z.strictObject({
    /** Who may ask to be served first; the kiosk lists them and asks for no proof. */
    groups: z.array(Localised).min(1),
    /** Put before a priority ticket's letter: Y + A012 = YA012. */
    mark: z.string().regex(/^[A-Z]$/, 'one capital letter, such as Y').default('Y'),
    /** When both kinds wait: one priority call after every this many normal calls (0: priority always first). */
    normalCallsPerPriorityCall: z.int().min(0).max(20).default(1),
    /** A normal ticket waiting this long is called before any priority ticket. */
    maxNormalWaitMinutes: z.int().min(5).max(480).default(30),
  }),
  /** The estimate used before the hall has served anyone today. */
  defaultServiceMinutes: z.int().min(1).max(120).default(5),
});
export type QueueConfig = z.infer<typeof QueueConfig>;
