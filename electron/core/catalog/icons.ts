/**
 * The one icon vocabulary: the lucide icons the kiosk bundles, by their lucide names. A service's seed names
 * one, and so does a queue business type in the hall's config (electron/core/queue/queue-config.ts);
 * renderer/ui/ServiceIcon.tsx draws each. Only these are bundled, not all of lucide: the ones a service hall
 * is likely to want.
 */
export const kioskIcons = [
  'accessibility',
  'baby',
  'book-open-text',
  'briefcase',
  'building-2',
  'cake',
  'circle-help',
  'file-text',
  'graduation-cap',
  'hand-coins',
  'hand-heart',
  'heart-pulse',
  'house',
  'id-card',
  'landmark',
  'message-circle-question',
  'message-circle-question-mark',
  'message-square-text',
  'piggy-bank',
  'scale',
  'search-check',
  'stethoscope',
  'ticket',
  'user-check',
  'users',
  'wallet',
] as const;

export type KioskIcon = (typeof kioskIcons)[number];
