import { z } from 'zod';

/**
 * Issue #16.10: characters no person types at the kiosk's keyboard, nor at staff's: control characters
 * (C0, DEL and C1: NUL, ESC …), the byte-order mark, zero-width and bidirectional formatting marks
 * (which hide or reorder what staff read), line and paragraph separators, and lone surrogates (half a
 * character, which no encoder can write). A line break is a person's where a field is multi-line.
 */
const invisibleMarks: readonly [number, number][] = [
  [0x200b, 0x200b], // zero-width space (zero-width joiners stay: emoji are typed with them)
  [0x200e, 0x200f], // left-to-right and right-to-left marks
  [0x2028, 0x2029], // line and paragraph separators
  [0x202a, 0x202e], // bidirectional embeddings and overrides
  [0x2060, 0x2064], // word joiner and invisible operators
  [0x2066, 0x2069], // bidirectional isolates
  [0xfeff, 0xfeff], // byte-order mark, the zero-width no-break space
  [0xfff9, 0xfffb], // interlinear annotation marks
];

const lineFeed = 0x0a;

function isUntypeable(codePoint: number, lineBreaks: boolean): boolean {
  if (codePoint === lineFeed) return !lineBreaks;
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return true;
  // A string's iterator yields a surrogate on its own only when it is unpaired.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return true;
  return invisibleMarks.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** Whether `text` holds a character no person types; `lineBreaks` for a multi-line field. */
export function hasUntypeableCharacters(text: string, { lineBreaks = false }: { lineBreaks?: boolean } = {}): boolean {
  for (const character of text) {
    if (isUntypeable(character.codePointAt(0) ?? 0, lineBreaks)) return true;
  }
  return false;
}

/** A one-line text field at an API boundary: a name, a bank. */
export const TypedText = z.string().refine((text) => !hasUntypeableCharacters(text), 'a character no person types (a control character, an invisible mark or half a character)');
/** A text that may run over lines: free text, or an answer read aloud. */
export const TypedLines = z.string().refine((text) => !hasUntypeableCharacters(text, { lineBreaks: true }), 'a character no person types (a control character, an invisible mark or half a character)');
