/**
 * The one key map (accessibility.md, Keypad and switches), for a phone-style number pad plus an
 * EZ-Access-style navigation keypad. Function keys never type characters.
 */
export const Keybinding = {
  FOCUS_PREVIOUS: 'ArrowUp',
  FOCUS_NEXT: 'ArrowDown',
  PAGE_PREVIOUS: 'ArrowLeft',
  PAGE_NEXT: 'ArrowRight',
  SELECT: 'Enter',
  BACK: 'Escape',
  DELETE_ONE: 'Backspace',
  CLEAR: 'Delete',
  HELP: 'F1',
  REPEAT: 'F2',
  VOLUME_DOWN: 'F3',
  VOLUME_UP: 'F4',
  SLOWER: 'F5',
  FASTER: 'F6',
  AUDIO_ONLY: 'F7',
  CALL_STAFF: 'F8',
} as const;

export type KeybindingName = keyof typeof Keybinding;

/** Keys the key-help mode (F1) explains, in the order of the printed key card. */
export const explainedKeys: readonly KeybindingName[] = [
  'FOCUS_PREVIOUS',
  'FOCUS_NEXT',
  'PAGE_PREVIOUS',
  'PAGE_NEXT',
  'SELECT',
  'BACK',
  'DELETE_ONE',
  'CLEAR',
  'HELP',
  'REPEAT',
  'VOLUME_DOWN',
  'VOLUME_UP',
  'SLOWER',
  'FASTER',
  'AUDIO_ONLY',
  'CALL_STAFF',
];

/** The binding a key event means, if any; digits and X are typed, not bound. */
export function bindingFor(key: string): KeybindingName | undefined {
  return explainedKeys.find((name) => Keybinding[name] === key);
}
