import { createPrivateKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { openSealedEnvelope, SealedEnvelope } from './sealed-envelope.ts';
import type { OpenError } from './sealed-envelope.ts';

/** Where a county finds sealed appeals: a bare envelope, a request as received, or a list of either. */
const Envelopes = z.union([SealedEnvelope, z.looseObject({ sealed: SealedEnvelope }), z.array(z.union([SealedEnvelope, z.looseObject({ sealed: SealedEnvelope })]))]);

export function envelopesIn(json: unknown): SealedEnvelope[] | undefined {
  const parsed = Envelopes.safeParse(json);
  if (!parsed.success) return undefined;
  const items = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  return items.map((item) => ('sealed' in item ? item.sealed : item));
}

export type PrivateKeyRead = { ok: true; key: KeyObject } | { ok: false; error: 'unreadable-key' };

export function countyPrivateKey(pem: string): PrivateKeyRead {
  try {
    return { ok: true, key: createPrivateKey(pem) };
  } catch {
    return { ok: false, error: 'unreadable-key' };
  }
}

export type OpenedAppeal =
  | { ok: true; reference: string; serviceId: string; content: Record<string, unknown> }
  | { ok: false; reference: string; serviceId: string; error: OpenError };

/** Opens each envelope; one that does not open is reported by reference, never skipped silently. */
export function openAppeals(key: KeyObject, envelopes: readonly SealedEnvelope[]): OpenedAppeal[] {
  return envelopes.map((envelope) => {
    const { reference, serviceId } = envelope;
    const opened = openSealedEnvelope(key, envelope);
    if (!opened.ok) return { ok: false, reference, serviceId, error: opened.error };
    return { ok: true, reference, serviceId, content: JSON.parse(opened.plaintext) as Record<string, unknown> };
  });
}
