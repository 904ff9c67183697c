import { spawn } from 'node:child_process';
import type { PersonalDataGuard } from './personal-data.ts';
import { renderPlainText } from './plain-text.ts';
import { errorCode, errorMessage, guardedPrinter } from './printer.ts';
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

function runLp(lpPath: string, args: readonly string[], text: string, timeoutMs: number): Promise<PrintResult> {
  return new Promise((resolve) => {
    const child = spawn(lpPath, args, { stdio: ['pipe', 'ignore', 'pipe'] });
    const stderr: Buffer[] = [];
    const said = (): string => Buffer.concat(stderr).toString('utf8').trim();
    // Resolves without waiting for 'close', which a leftover child holding stderr open could delay.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ ok: false, error: 'failed', detail: `${lpPath} did not finish within ${timeoutMs} ms ${said()}`.trim() });
    }, timeoutMs);
    const finish = (result: PrintResult): void => {
      clearTimeout(timer);
      resolve(result);
    };
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) =>
      finish(
        errorCode(error) === 'ENOENT'
          ? { ok: false, error: 'offline', detail: `${lpPath} is not installed: install cups-client, or set the printer's lpPath` }
          : { ok: false, error: 'failed', detail: `${lpPath} could not start: ${errorMessage(error)}` },
      ),
    );
    child.on('close', (code, signal) => {
      if (code === 0) finish({ ok: true });
      else finish({ ok: false, error: 'failed', detail: said() || `${lpPath} exited with ${code ?? signal}` });
    });
    child.stdin.on('error', () => undefined); // a failed start is reported by 'error' and 'close'
    child.stdin.end(text, 'utf8');
  });
}

/**
 * A printer behind CUPS, given the receipt as UTF-8 plain text on lp's standard input. lp succeeds once the
 * job is queued: paper out on a CUPS printer shows in its queue (lpstat -p), not here.
 */
export function cupsPrinter(options: CupsPrinterOptions, guard: PersonalDataGuard = {}): ReceiptPrinter {
  const { lpPath = '/usr/bin/lp', timeoutMs = 15_000 } = options;
  return guardedPrinter((receipt) => runLp(lpPath, lpArguments(receipt, options), renderPlainText(receipt), timeoutMs), guard);
}
