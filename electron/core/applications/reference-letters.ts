/**
 * The letters a reference can start with (see reference.ts for why these twelve). In a file of its own,
 * with no Node imports, so the kiosk's reference keypad can offer exactly these.
 */
export const referenceLetters = 'AFHJKLMRUWXY';
