/**
 * The printed application form's look: black on white A4, a serif face as official forms use, ruled
 * tables, and signature boxes large enough for a thumbprint (按手印). Served as a file to the console
 * (its strict CSP allows no inline style) and written inline into the HTML Chromium prints.
 */
export const applicationFormStyle = `
@page { size: A4; margin: 14mm 16mm; }
* { box-sizing: border-box; }
html { background: #fff; color: #000; }
body { margin: 0; font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", serif; font-size: 11pt; line-height: 1.5; }
.form { max-width: 178mm; margin: 0 auto; }
.form__hall { margin: 0; text-align: center; font-size: 12pt; }
.form h1 { margin: 1mm 0 4mm; text-align: center; font-size: 19pt; }
/* Chinese titles are set spaced out, as on printed government forms; Latin letters are not. */
:lang(zh-CN) .form h1 { letter-spacing: 0.15em; }
.form table { width: 100%; border-collapse: collapse; }
.form th, .form td { border: 1px solid #000; padding: 1.4mm 3mm; text-align: left; vertical-align: top; }
.form th { width: 34%; font-weight: 700; background: #f2f2f2; }
.form__meta { margin-bottom: 4mm; }
.form__meta th { width: 17%; }
.form__meta td { width: 33%; }
/* Numbers staff read out or copy, character by character. */
.form__code { font-family: "Noto Sans Mono CJK SC", "Noto Sans CJK SC", monospace; }
.form caption { caption-side: top; text-align: left; font-weight: 700; font-size: 12pt; padding: 0 0 1.5mm; }
.form__answers tr { break-inside: avoid; }
.form__note { margin: 3mm 0 0; font-size: 10pt; }
.form__signatures { display: flex; gap: 6mm; margin-top: 5mm; break-inside: avoid; }
.form__signature { flex: 1; border: 1px solid #000; padding: 3mm; }
.form__signature h2 { margin: 0; font-size: 11pt; }
/* Room for a signature and a thumbprint side by side. */
.form__signature-box { height: 24mm; }
.form__signature p { margin: 0; }
.form__footer { margin-top: 4mm; font-size: 9pt; border-top: 1px solid #000; padding-top: 2mm; }
@media screen { body { padding: 12mm 0; background: #e6e6e6; } .form { background: #fff; padding: 16mm; min-height: 297mm; max-width: 210mm; } }
`;
