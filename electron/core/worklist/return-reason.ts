import type { DataKey } from '../../store/crypto/index.ts';
import { decryptField, encryptField, fieldContext } from '../../store/crypto/index.ts';
import type { KioskDatabase } from '../../store/open.ts';

/**
 * Issue #16.5: the reason staff give when they hand a request back is free text that may name the
 * resident or their situation, so it is sealed like the answers, bound to its request.
 */
const context = (reference: string) => fieldContext('request', 'return_reason', reference);

export function sealReturnReason(key: DataKey, reference: string, reason: string): string {
  return encryptField(key, reason, context(reference));
}

/** The reason in clear for staff and the resident's enquiry; null without one, without the key, or when its seal does not open. */
export function openReturnReason(key: DataKey | undefined, reference: string, stored: string | null): string | null {
  if (stored === null || !key) return null;
  const opened = decryptField(key, stored, context(reference));
  return opened.ok ? opened.plaintext : null;
}

/** The shape of any sealed field (`v1.<iv>.<body>`, field-encryption.ts); no reason a person types looks like it. */
const sealedShape = /^v\d+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * Seals the reasons an earlier version stored in clear: run at start-up, once the data key is loaded (a
 * migration is SQL only and has no key). A value already in a sealed field's shape is left as it is,
 * whether it opens or not, so nothing is ever sealed twice. Returns how many were sealed.
 */
export function sealPlainReturnReasons(db: KioskDatabase, key: DataKey): number {
  return db
    .transaction(() => {
      const rows = db.prepare<[], { reference: string; reason: string }>('SELECT reference, return_reason AS reason FROM request WHERE return_reason IS NOT NULL').all();
      const update = db.prepare<[string, string]>('UPDATE request SET return_reason = ? WHERE reference = ?');
      let sealed = 0;
      for (const { reference, reason } of rows) {
        if (sealedShape.test(reason)) continue;
        update.run(sealReturnReason(key, reference, reason), reference);
        sealed += 1;
      }
      return sealed;
    })
    .immediate();
}
