import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../../testing/temp-dir.ts';
import { createFormPrinter } from './a4-printer.ts';

const tempDir = useTempDir();
const form = { html: '<!doctype html><title>表</title><p>李秀英</p>', name: 'KA-482913-5' };

/** A stand-in program: a shell script, so the tests need neither Chromium nor CUPS. */
function script(dir: string, name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** Writes a tiny "PDF" where --print-to-pdf asks, and notes the HTML it was given. */
function fakeChromium(dir: string): string {
  return script(dir, 'chromium', `for a in "$@"; do case "$a" in --print-to-pdf=*) out="\${a#--print-to-pdf=}";; file://*) page="\${a#file://}";; esac; done\ncp "$page" "${dir}/seen.html"\necho "$page" > "${dir}/page-path"\nprintf '%%PDF-1.4 fake' > "$out"`);
}

describe('the A4 form printer', () => {
  test('without a printer, saves the PDF in <dir>/forms and removes its working copy of the page', async () => {
    const dir = tempDir();
    const printer = createFormPrinter({ kind: 'file', dir, chromiumPath: fakeChromium(dir) }, { now: () => new Date('2026-11-28T02:00:00.000Z') });
    const result = await printer.print(form);
    const savedAs = join(dir, 'forms', '2026-11-28T02-00-00.000Z-KA-482913-5.pdf');
    expect(result).toEqual({ ok: true, savedAs });
    expect(readFileSync(savedAs, 'utf8')).toBe('%PDF-1.4 fake');
    expect(statSync(savedAs).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'seen.html'), 'utf8')).toBe(form.html);
    // The page held the resident's full data: only the PDF in forms/ is kept.
    expect(existsSync(readFileSync(join(dir, 'page-path'), 'utf8').trim())).toBe(false);
  });

  test('sends the PDF to the CUPS queue with lp, as A4', async () => {
    const dir = tempDir();
    const lpPath = script(dir, 'lp', `echo "$@" > "${dir}/lp-args"`);
    const result = await createFormPrinter({ kind: 'cups', printer: 'hall-a4', lpPath, chromiumPath: fakeChromium(dir) }).print(form);
    expect(result).toEqual({ ok: true });
    const lpArgs = readFileSync(join(dir, 'lp-args'), 'utf8');
    expect(lpArgs).toMatch(/^-d hall-a4 -t KA-482913-5 -o media=A4 \/.+\/form\.pdf\n$/);
    // Issue #16.5: once lp has the job, no copy of the form is left on disk, and none is saved in forms/.
    expect(existsSync(lpArgs.trim().split(' ').at(-1) ?? '')).toBe(false);
    expect(existsSync(join(dir, 'forms'))).toBe(false);
  });

  test('says what went wrong as a value: no Chromium, a stuck Chromium, no lp, a refused job', async () => {
    const dir = tempDir();
    const chromiumPath = fakeChromium(dir);
    expect(await createFormPrinter({ kind: 'file', dir, chromiumPath: join(dir, 'no-chromium') }).print(form)).toMatchObject({ ok: false, error: 'pdf-unavailable' });
    const stuck = script(dir, 'stuck', 'sleep 5');
    expect(await createFormPrinter({ kind: 'file', dir, chromiumPath: stuck }, { pdfTimeoutMs: 200 }).print(form)).toMatchObject({ ok: false, error: 'pdf-unavailable', detail: expect.stringContaining('did not finish') as unknown as string });
    expect(await createFormPrinter({ kind: 'cups', printer: 'hall-a4', lpPath: join(dir, 'no-lp'), chromiumPath }).print(form)).toMatchObject({ ok: false, error: 'offline' });
    const refusing = script(dir, 'lp-refuses', 'echo "lp: The printer or class does not exist." >&2; exit 1');
    expect(await createFormPrinter({ kind: 'cups', printer: 'hall-a4', lpPath: refusing, chromiumPath }).print(form)).toEqual({ ok: false, error: 'failed', detail: 'lp: The printer or class does not exist.' });
    expect(existsSync(join(dir, 'forms'))).toBe(false);
  });
});
