import { displayWidth, wrapToWidth } from './display-width.ts';
import type { Receipt, ReceiptLine } from './receipt.ts';

/** Character magnification across and down, as ESC/POS GS ! sets it. */
export type PrintScale = 1 | 2 | 3 | 4;

/** One physical line of a laid-out receipt, already wrapped to fit at its scale. */
export interface PrintedLine {
  text: string;
  align: 'left' | 'center';
  scale: PrintScale;
  bold: boolean;
}

type LineStyle = Omit<PrintedLine, 'text'>;

const body: LineStyle = { align: 'left', scale: 1, bold: false };

function wrapped(text: string, columns: number, style: LineStyle): PrintedLine[] {
  return wrapToWidth(text, Math.floor(columns / style.scale)).map((line) => ({ text: line, ...style }));
}

/** The largest scale at which the number stays on one line, at least double. */
function numberScale(value: string, columns: number): PrintScale {
  return ([4, 3] as const).find((scale) => displayWidth(value) * scale <= columns) ?? 2;
}

/** Key left and value right on one line when both fit; otherwise the value goes below, indented. */
function rowLines(key: string, value: string, columns: number): PrintedLine[] {
  const gap = columns - displayWidth(key) - displayWidth(value);
  if (gap >= 1) return [{ text: `${key}${' '.repeat(gap)}${value}`.trimEnd(), ...body }];
  const indent = '  ';
  const valueLines = value === '' ? [] : wrapToWidth(value, columns - indent.length).map((line) => indent + line);
  return [...wrapToWidth(key, columns), ...valueLines].map((text) => ({ text, ...body }));
}

function layoutLine(line: ReceiptLine, columns: number): PrintedLine[] {
  switch (line.type) {
    case 'title':
      return wrapped(line.text, columns, { align: 'center', scale: 2, bold: true });
    case 'text':
      return wrapped(line.text, columns, body);
    case 'number':
      return wrapped(line.value, columns, { align: 'center', scale: numberScale(line.value, columns), bold: true });
    case 'row':
      return rowLines(line.key, line.value, columns);
    case 'separator':
      return [{ text: '-'.repeat(columns), ...body }];
    case 'footer':
      return wrapped(line.text, columns, { ...body, align: 'center' });
    default: {
      const unknownLine: never = line;
      throw new Error(`Unknown receipt line ${JSON.stringify(unknownLine)}`);
    }
  }
}

/** Lays a receipt out in lines of at most `columns` columns, counting each line's scale. */
export function layoutReceipt(receipt: Receipt, columns: number): PrintedLine[] {
  return receipt.lines.flatMap((line) => layoutLine(line, columns));
}
