import { execFileSync } from 'node:child_process';

/** The text of a PDF, as poppler-utils' pdftotext reads it from standard input (npm run setup:system installs it). */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
}
