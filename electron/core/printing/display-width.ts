/**
 * Columns a character takes on paper: one for ASCII, two for anything else. A GB18030 printer in Chinese
 * mode (FS &) prints every multi-byte character, punctuation such as “ — · included, from its double-width font.
 */
export function characterWidth(character: string): 1 | 2 {
  return (character.codePointAt(0) ?? 0) < 0x80 ? 1 : 2;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += characterWidth(character);
  return width;
}

/** Chinese punctuation that may not start a line (GB/T 15834, 避头): it stays with the character before it. */
const noLineStart = /^[，。、；：？！）》」』】〕”’…—]$/u;

/** Runs of spaces, ASCII words, and single other characters with any punctuation that must follow them. */
function breakableTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [token] of text.matchAll(/ +|[!-~]+|[^ !-~]/gu)) {
    const previous = tokens.at(-1);
    if (previous !== undefined && !previous.startsWith(' ') && noLineStart.test(token)) tokens[tokens.length - 1] = previous + token;
    else tokens.push(token);
  }
  return tokens;
}

/**
 * Wraps text into lines of at most `columns` display columns: between words and between Chinese
 * characters, and inside a word only when the word alone is too long. Always at least one line.
 */
export function wrapToWidth(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    lines.push(line.trimEnd());
    line = '';
  };
  for (const token of breakableTokens(text)) {
    if (token.startsWith(' ') && line === '') continue;
    if (displayWidth(line) + displayWidth(token) <= columns) {
      line += token;
      continue;
    }
    if (line !== '') endLine();
    if (token.startsWith(' ')) continue;
    for (const piece of displayWidth(token) <= columns ? [token] : [...token]) {
      if (line !== '' && displayWidth(line) + displayWidth(piece) > columns) endLine();
      line += piece;
    }
  }
  if (line !== '' || lines.length === 0) endLine();
  return lines;
}
