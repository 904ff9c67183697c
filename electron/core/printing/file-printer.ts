import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PersonalDataGuard } from './personal-data.ts';
import { renderPlainText } from './plain-text.ts';
import { errorCode, errorMessage, guardedPrinter } from './printer.ts';
import type { PrintResult, ReceiptPrinter } from './printer.ts';
import type { Receipt } from './receipt.ts';

export interface FilePrinterOptions {
  /** Receipts go to `<dir>/receipts/`. */
  dir: string;
  now?: () => Date;
}

/** 2026-11-27T08-00-00.000Z: an ISO time without colons, which Windows forbids in file names. */
function fileStamp(date: Date): string {
  return date.toISOString().replaceAll(':', '-');
}

/** Never overwrites: a second receipt in the same millisecond gets -2, -3 … */
async function writeNewFile(dir: string, receipt: Receipt, stamp: string): Promise<void> {
  const text = renderPlainText(receipt);
  for (let copy = 1; ; copy += 1) {
    const name = `${stamp}${copy === 1 ? '' : `-${copy}`}-${receipt.kind}.txt`;
    try {
      await writeFile(join(dir, name), text, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
      return;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
}

/** Writes each receipt as a UTF-8 text file: the printer in development, tests and halls without one. */
export function filePrinter(options: FilePrinterOptions, guard: PersonalDataGuard = {}): ReceiptPrinter {
  const { dir, now = () => new Date() } = options;
  return guardedPrinter(async (receipt): Promise<PrintResult> => {
    const receiptsDir = join(dir, 'receipts');
    try {
      // Issue #16.5: a receipt names the resident's service and masked data: the kiosk user's only.
      await mkdir(receiptsDir, { recursive: true, mode: 0o700 });
      await writeNewFile(receiptsDir, receipt, fileStamp(now()));
      return { ok: true };
    } catch (error) {
      return { ok: false, error: 'failed', detail: `could not write the receipt to ${receiptsDir}: ${errorMessage(error)}` };
    }
  }, guard);
}
