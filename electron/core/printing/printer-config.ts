import { z } from 'zod';
import { cupsPrinter } from './cups-printer.ts';
import { escPosPrinter } from './escpos-printer.ts';
import { filePrinter } from './file-printer.ts';
import type { PersonalDataGuard } from './personal-data.ts';
import type { ReceiptPrinter } from './printer.ts';
import { PaperWidthMm } from './receipt.ts';

/** CUPS queue names have no spaces, slashes or # (lpadmin -p). */
const cupsQueueName = z.string().regex(/^[^\s/#\\-][^\s/#\\]{0,126}$/, 'a CUPS queue name, as lpstat -p lists it');

/** The hall's receipt printer (product.md, Configuration: the printer). */
export const PrinterConfig = z.discriminatedUnion('kind', [
  /** Text files under `<dir>/receipts/`: development, tests, and halls without a printer. */
  z.strictObject({ kind: z.literal('file'), dir: z.string().min(1) }),
  /** A thermal printer on a device file, such as /dev/usb/lp0 or /dev/ttyUSB0. */
  z.strictObject({ kind: z.literal('escpos'), device: z.string().min(1), paperWidthMm: PaperWidthMm }),
  /** A CUPS queue, printed to with lp. */
  z.strictObject({
    kind: z.literal('cups'),
    printer: cupsQueueName,
    lpPath: z.string().min(1).optional(),
    /** Passed as `-o name=value`; they replace the defaults of the same name (cpi=17, lpi=8). */
    lpOptions: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.string().regex(/^\S+$/, 'one word, no spaces')).optional(),
  }),
]);
export type PrinterConfig = z.infer<typeof PrinterConfig>;

/** Chromium turns the form's HTML into a PDF; Debian's is at /usr/bin/chromium. */
const chromiumPath = z.string().min(1).optional();

/** The A4 printer for staff's application forms (issue #7); without one, forms are saved as PDFs in the data directory. */
export const A4PrinterConfig = z.discriminatedUnion('kind', [
  /** PDFs under `<dir>/forms/`: development, tests, and halls without an A4 printer. */
  z.strictObject({ kind: z.literal('file'), dir: z.string().min(1), chromiumPath }),
  /** A CUPS queue for A4 paper, printed to with lp. */
  z.strictObject({ kind: z.literal('cups'), printer: cupsQueueName, lpPath: z.string().min(1).optional(), chromiumPath }),
]);
export type A4PrinterConfig = z.infer<typeof A4PrinterConfig>;

/** The printer a hall's config asks for; pass the hall's duty phone as public when it is a mobile. */
export function createReceiptPrinter(config: PrinterConfig, guard: PersonalDataGuard = {}): ReceiptPrinter {
  switch (config.kind) {
    case 'file':
      return filePrinter({ dir: config.dir }, guard);
    case 'escpos':
      return escPosPrinter({ device: config.device, paperWidthMm: config.paperWidthMm }, guard);
    case 'cups':
      return cupsPrinter({ printer: config.printer, lpPath: config.lpPath, lpOptions: config.lpOptions }, guard);
    default: {
      const unknownConfig: never = config;
      throw new Error(`Unknown printer kind in ${JSON.stringify(unknownConfig)}`);
    }
  }
}
