import { createPublicKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { isX25519Key } from './sealed-envelope.ts';

function publicKeyOf(pem: string): KeyObject | undefined {
  try {
    const key = createPublicKey(pem);
    return isX25519Key(key) ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The hall config's `appeals` section. Without a county key the kiosk takes no appeal text at all and
 * sends residents to the hotline instead: text it could not seal would be readable in the hall.
 */
export const AppealsConfig = z.strictObject({
  /** The county's X25519 public key (SPKI PEM) that appeals are sealed with; the county keeps the private key. */
  countyPublicKey: z
    .string()
    .refine((pem) => publicKeyOf(pem) !== undefined, 'an X25519 public key in PEM, -----BEGIN PUBLIC KEY----- …')
    .optional(),
});
export type AppealsConfig = z.infer<typeof AppealsConfig>;

/** The key appeals are sealed with, or undefined when the hall has none (appeals then go to the hotline). */
export function countyAppealsKey(config: AppealsConfig | undefined): KeyObject | undefined {
  return config?.countyPublicKey === undefined ? undefined : publicKeyOf(config.countyPublicKey);
}
