/**
 * Sealed appeals and the progress enquiry (issue #7, points 3 and 5). `sealed_payload` holds an appeal's
 * content sealed for the county alone (core/appeals); no other column holds any of it. `id_number_index`
 * is a blind index, HMAC-SHA256 of the normalised ID number under a key derived from the data key
 * (store/crypto/blind-index.ts), so a resident's requests can be found by ID number without storing it
 * readably or decrypting every row.
 */
export const sealedAppealsAndEnquiry = `
ALTER TABLE request ADD COLUMN sealed_payload TEXT;
ALTER TABLE request ADD COLUMN id_number_index TEXT;

CREATE INDEX request_id_number_index ON request (id_number_index) WHERE id_number_index IS NOT NULL;
`;
