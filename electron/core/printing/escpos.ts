import iconv from 'iconv-lite';
import { layoutReceipt } from './layout.ts';
import type { PrintedLine, PrintScale } from './layout.ts';
import { paperColumns } from './receipt.ts';
import type { PaperWidthMm, Receipt } from './receipt.ts';

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const LF = 0x0a;

/** The ESC/POS commands a receipt uses, as bytes (Epson ESC/POS; the same on Chinese 58/80 mm printers). */
export const escPosCommands = {
  /** ESC @: reset to power-on settings, dropping anything a failed job left behind. */
  initialise: [ESC, 0x40],
  /** FS &: Chinese character mode, so two-byte GB18030 codes print as one Chinese character. */
  chineseMode: [FS, 0x26],
  /** ESC a n: 0 left, 1 centre. */
  align: (align: PrintedLine['align']) => [ESC, 0x61, align === 'center' ? 1 : 0],
  /** GS ! n: width multiplier − 1 in the high nibble, height multiplier − 1 in the low one. */
  size: (scale: PrintScale) => [GS, 0x21, ((scale - 1) << 4) | (scale - 1)],
  /** ESC E n: emphasised (bold) on or off. */
  bold: (on: boolean) => [ESC, 0x45, on ? 1 : 0],
  /** ESC d n: print and feed n lines, so the last line clears the cutter or tear bar. */
  feedLines: (lines: number) => [ESC, 0x64, lines],
  /** GS V 1: partial cut; the paper stays hanging in the slot for an unsteady hand to take, not dropped. */
  partialCut: [GS, 0x56, 0x01],
} as const;

/** Lines fed after the receipt: the distance from print head to cutter on common 58/80 mm mechanisms. */
const feedBeforeCut = 4;

/** Chinese thermal printers expect GB18030 (its two-byte part is GBK and GB2312) in Chinese mode. */
export function encodeGb18030(text: string): Buffer {
  return iconv.encode(text, 'gb18030');
}

/**
 * The receipt as ESC/POS bytes laid out for a roll width: initialise and Chinese mode; each line with
 * its own alignment, size and weight, then its GB18030 text and LF; then a feed and a partial cut.
 */
export function renderEscPos(receipt: Receipt, paperWidthMm: PaperWidthMm): Buffer {
  const parts: Buffer[] = [Buffer.from([...escPosCommands.initialise, ...escPosCommands.chineseMode])];
  for (const line of layoutReceipt(receipt, paperColumns[paperWidthMm])) {
    parts.push(
      Buffer.from([...escPosCommands.align(line.align), ...escPosCommands.size(line.scale), ...escPosCommands.bold(line.bold)]),
      encodeGb18030(line.text),
      Buffer.from([LF]),
    );
  }
  parts.push(Buffer.from([...escPosCommands.feedLines(feedBeforeCut), ...escPosCommands.partialCut]));
  return Buffer.concat(parts);
}
