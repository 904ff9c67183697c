import { displayWidth } from './display-width.ts';
import { layoutReceipt } from './layout.ts';
import { paperColumns } from './receipt.ts';
import type { PaperWidthMm, Receipt } from './receipt.ts';

/**
 * The receipt as plain text at its paper width, for the file and CUPS printers. Text has one size, so
 * titles and numbers are only centred; they keep the line breaks of their larger printed size.
 */
export function renderPlainText(receipt: Receipt, paperWidthMm: PaperWidthMm = receipt.paperWidthMm): string {
  const columns = paperColumns[paperWidthMm];
  const lines = layoutReceipt(receipt, columns).map(({ text, align }) =>
    align === 'center' ? ' '.repeat(Math.max(0, Math.floor((columns - displayWidth(text)) / 2))) + text : text,
  );
  return `${lines.join('\n')}\n`;
}
