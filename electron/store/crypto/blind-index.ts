import { createHmac, hkdfSync } from 'node:crypto';
import type { DataKey } from './data-key.ts';

/**
 * A blind index of a resident's ID number (issue #7, progress enquiry): HMAC-SHA256 of the normalised
 * number under a key derived from the data key, so requests can be found by ID number while the number
 * itself stays sealed. Its own HKDF label keeps the index key apart from the key that seals fields; a
 * copy of the database without the key file gives only hashes no one can test guesses against.
 */
const indexKeyInfo = 'village-kiosk blind index v1: resident id number';

function indexKey(key: DataKey): Buffer {
  return Buffer.from(hkdfSync('sha256', key.export(), Buffer.alloc(0), indexKeyInfo, 32));
}

/** The one normal form: full-width characters folded (NFKC), spaces dropped, a final x as X. */
export function normaliseIdNumber(idNumber: string): string {
  return idNumber.normalize('NFKC').replace(/\s/g, '').toUpperCase();
}

export function idNumberIndex(key: DataKey, idNumber: string): string {
  return createHmac('sha256', indexKey(key)).update(normaliseIdNumber(idNumber), 'utf8').digest('hex');
}
