import type { PersonalDataGuard } from './personal-data.ts';
import { renderPlainText } from './plain-text.ts';
import { guardedPrinter } from './printer.ts';
import { runCommand } from './run-command.ts';
import type { PrintResult, ReceiptPrinter } from './printer.ts';
import type { Receipt } from './receipt.ts';

export interface CupsPrinterOptions {
  /** The CUPS queue name (lpstat -p). */
  printer: string;
  /** Debian's cups-client puts lp here. */
  lpPath?: string;
  /** Extra `-o name=value` job options; they replace the defaults of the same name. */
  lpOptions?: Readonly<Record<string, string>>;
  timeoutMs?: number;
}

/**
 * 17 characters per inch and 8 lines per inch are the geometry of a thermal printer's own 12×24-dot font at
 * 203 dpi, so CUPS's text filter fits the 32 or 48 columns the receipt is laid out in.
 */
export const defaultLpOptions: Readonly<Record<string, string>> = { cpi: '17', lpi: '8' };

function lpArguments(receipt: Receipt, options: CupsPrinterOptions): string[] {
  const jobOptions = Object.entries({ ...defaultLpOptions, ...options.lpOptions }).flatMap(([name, value]) => ['-o', `${name}=${value}`]);
  return ['-d', options.printer, '-t', `kiosk ${receipt.kind}`, ...jobOptions];
}

async function runLp(lpPath: string, args: readonly string[], text: string, timeoutMs: number): Promise<PrintResult> {
  const ran = await runCommand(lpPath, args, timeoutMs, text);
  if (ran.ok) return { ok: true };
  if (ran.reason === 'missing') return { ok: false, error: 'offline', detail: `${lpPath} is not installed: install cups-client, or set the printer's lpPath` };
  return { ok: false, error: 'failed', detail: ran.detail };
}

/**
 * A printer behind CUPS, given the receipt as UTF-8 plain text on lp's standard input. lp succeeds once the
 * job is queued: paper out on a CUPS printer shows in its queue (lpstat -p), not here.
 */
export function cupsPrinter(options: CupsPrinterOptions, guard: PersonalDataGuard = {}): ReceiptPrinter {
  const { lpPath = '/usr/bin/lp', timeoutMs = 15_000 } = options;
  return guardedPrinter((receipt) => runLp(lpPath, lpArguments(receipt, options), renderPlainText(receipt), timeoutMs), guard);
}
