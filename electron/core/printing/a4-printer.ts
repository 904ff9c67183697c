import { chmod, copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { A4PrinterConfig } from './printer-config.ts';
import { errorMessage } from './printer.ts';
import { runCommand } from './run-command.ts';
import { formsDirIn, savedFormName } from './saved-forms.ts';

export type FormPrintError = 'pdf-unavailable' | 'offline' | 'failed';

/** `savedAs`: where the file printer put the PDF, for halls without an A4 printer. */
export type FormPrintResult = { ok: true; savedAs?: string } | { ok: false; error: FormPrintError; detail: string };

/** A self-contained HTML page (styles inline) and a name for the job and the file. */
export interface PrintableForm {
  html: string;
  name: string;
}

export interface FormPrinter {
  print(form: PrintableForm): Promise<FormPrintResult>;
}

export interface FormPrinterOptions {
  /** Chromium on a 2-core kiosk takes a few seconds; a minute means it is stuck. */
  pdfTimeoutMs?: number;
  lpTimeoutMs?: number;
  now?: () => Date;
}

/** Debian's Chromium, which the kiosk already runs (npm run setup:system). */
export const defaultChromiumPath = '/usr/bin/chromium';

/** Makes the PDF with the machine's Chromium, headless, in a profile of its own so a running kiosk browser is untouched. */
async function makePdf(chromiumPath: string, workDir: string, html: string, timeoutMs: number): Promise<{ ok: true; pdf: string } | { ok: false; error: 'pdf-unavailable'; detail: string }> {
  const page = join(workDir, 'form.html');
  const pdf = join(workDir, 'form.pdf');
  await writeFile(page, html, { encoding: 'utf8', mode: 0o600 });
  const made = await runCommand(
    chromiumPath,
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${join(workDir, 'profile')}`, `--print-to-pdf=${pdf}`, pathToFileURL(page).href],
    timeoutMs,
  );
  if (!made.ok) return { ok: false, error: 'pdf-unavailable', detail: made.detail };
  const size = await stat(pdf).then((file) => file.size, () => 0);
  return size > 0 ? { ok: true, pdf } : { ok: false, error: 'pdf-unavailable', detail: `${chromiumPath} wrote no PDF` };
}

async function deliver(config: A4PrinterConfig, pdf: string, form: PrintableForm, options: Required<FormPrinterOptions>): Promise<FormPrintResult> {
  switch (config.kind) {
    case 'file': {
      const formsDir = formsDirIn(config.dir);
      const savedAs = join(formsDir, savedFormName(options.now(), form.name));
      try {
        await mkdir(formsDir, { recursive: true, mode: 0o700 });
        await copyFile(pdf, savedAs);
        // A resident's full data: for the kiosk's own user only, as the database is.
        await chmod(savedAs, 0o600);
        return { ok: true, savedAs };
      } catch (error) {
        return { ok: false, error: 'failed', detail: `could not save the form in ${formsDir}: ${errorMessage(error)}` };
      }
    }
    case 'cups': {
      const lpPath = config.lpPath ?? '/usr/bin/lp';
      const sent = await runCommand(lpPath, ['-d', config.printer, '-t', form.name, '-o', 'media=A4', pdf], options.lpTimeoutMs);
      if (sent.ok) return { ok: true };
      return sent.reason === 'missing'
        ? { ok: false, error: 'offline', detail: `${sent.detail}: install cups-client, or set the A4 printer's lpPath` }
        : { ok: false, error: 'failed', detail: sent.detail };
    }
    default: {
      const unknown: never = config;
      throw new Error(`Unknown A4 printer kind in ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The hall's A4 printer for application forms (issue #7): HTML → PDF with headless Chromium, then CUPS
 * (lp), or a PDF in `<dir>/forms/` where the hall has none. The page holds a resident's full data, so the
 * working copy is removed whatever happens: once lp has the job, no copy is left on disk (issue #16.5),
 * and a PDF saved in forms/ is removed with the request's personal data (saved-forms.ts, the retention purge). A printer's trouble is the result, never an exception.
 */
export function createFormPrinter(config: A4PrinterConfig, options: FormPrinterOptions = {}): FormPrinter {
  const settings = { pdfTimeoutMs: 60_000, lpTimeoutMs: 15_000, now: () => new Date(), ...options };
  return {
    async print(form) {
      let workDir: string | undefined;
      try {
        workDir = await mkdtemp(join(tmpdir(), 'kiosk-form-'));
        const made = await makePdf(config.chromiumPath ?? defaultChromiumPath, workDir, form.html, settings.pdfTimeoutMs);
        if (!made.ok) return made;
        return await deliver(config, made.pdf, form, settings);
      } catch (error) {
        return { ok: false, error: 'failed', detail: errorMessage(error) };
      } finally {
        if (workDir) await rm(workDir, { recursive: true, force: true });
      }
    },
  };
}
