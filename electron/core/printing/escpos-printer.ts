import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { renderEscPos } from './escpos.ts';
import type { PersonalDataGuard } from './personal-data.ts';
import { errorCode, errorMessage, guardedPrinter } from './printer.ts';
import type { PrintResult, ReceiptPrinter } from './printer.ts';
import type { PaperWidthMm } from './receipt.ts';

export interface EscPosPrinterOptions {
  /** The printer's device file: a USB printer node (/dev/usb/lp0) or a serial port set up raw (/dev/ttyUSB0). */
  device: string;
  /** The roll in the printer; the receipt is laid out for this, whatever width it asks for. */
  paperWidthMm: PaperWidthMm;
  /** How long the printer may keep refusing data (no paper, cover open, jammed) before the print fails. */
  writeTimeoutMs?: number;
}

/**
 * Never O_CREAT: a missing device must read as 'offline', not become a file in /dev. Non-blocking, because a
 * printer that stops taking data would otherwise hold one of libuv's four file-system threads for ever.
 */
const deviceFlags = constants.O_WRONLY | constants.O_APPEND | constants.O_NONBLOCK | constants.O_NOCTTY;

/** What each errno means for hall staff reading the log. */
const offlineReasons: Record<string, string> = {
  ENOENT: 'no such device: the printer is unplugged or switched off',
  ENODEV: 'the device is gone: the printer is unplugged or switched off',
  ENXIO: 'nothing answers behind the device file: the printer is unplugged or switched off',
  EIO: 'the printer stopped answering: check its power and cable',
  EACCES: "the kiosk's user may not write to the device: add it to the lp (USB) or dialout (serial) group",
  EPERM: "the kiosk's user may not write to the device: add it to the lp (USB) or dialout (serial) group",
  EBUSY: 'another program (such as CUPS) holds the printer',
};

function deviceFailure(device: string, error: unknown): PrintResult {
  const code = errorCode(error);
  // The Linux usblp driver answers ENOSPC when the printer reports paper out.
  if (code === 'ENOSPC') return { ok: false, error: 'out-of-paper', detail: `${device}: the printer reports no paper` };
  const reason = code === undefined ? undefined : offlineReasons[code];
  if (reason !== undefined) return { ok: false, error: 'offline', detail: `${device}: ${code}, ${reason}` };
  return { ok: false, error: 'failed', detail: `${device}: ${errorMessage(error)}` };
}

/**
 * Writes every byte, waiting out EAGAIN until the deadline. The last call is an empty write: on a USB
 * printer node it succeeds only once the previous write has reached the printer (usblp's rule for
 * non-blocking writers), so the file is not closed, cancelling the transfer, before the receipt is out.
 */
async function writeAll(handle: FileHandle, device: string, bytes: Buffer, timeoutMs: number): Promise<PrintResult> {
  const deadline = Date.now() + timeoutMs;
  let offset = 0;
  let drained = false;
  while (!drained) {
    try {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
      drained = offset === bytes.length;
      offset += bytesWritten;
    } catch (error) {
      if (errorCode(error) !== 'EAGAIN') return deviceFailure(device, error);
      if (Date.now() >= deadline) {
        return {
          ok: false,
          error: 'failed',
          detail: `${device} took ${offset} of ${bytes.length} bytes, then nothing for ${timeoutMs} ms: check the paper, the cover and the cable`,
        };
      }
      await sleep(20);
    }
  }
  return { ok: true };
}

/** A thermal receipt printer spoken to in ESC/POS through its device file. */
export function escPosPrinter(options: EscPosPrinterOptions, guard: PersonalDataGuard = {}): ReceiptPrinter {
  const { device, paperWidthMm, writeTimeoutMs = 15_000 } = options;
  return guardedPrinter(async (receipt) => {
    const bytes = renderEscPos(receipt, paperWidthMm);
    let handle: FileHandle;
    try {
      handle = await open(device, deviceFlags);
    } catch (error) {
      return deviceFailure(device, error);
    }
    try {
      return await writeAll(handle, device, bytes, writeTimeoutMs);
    } finally {
      await handle.close().catch(() => undefined); // the bytes are out or the failure is already reported
    }
  }, guard);
}
