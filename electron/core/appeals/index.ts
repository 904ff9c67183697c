/**
 * Sealed appeals (issue #7, point 3): an appeal's content is sealed at the kiosk for the county's key,
 * stored and sent only sealed, and opened by the county with `npm run appeals:open`.
 */
export { AppealsConfig, countyAppealsKey } from './county-appeals-key.ts';
export { SealedEnvelope, openSealedEnvelope, sealForCounty } from './sealed-envelope.ts';
export type { EnvelopeOpening, OpenError } from './sealed-envelope.ts';
export { submitSealedAppeal } from './submit-appeal.ts';
