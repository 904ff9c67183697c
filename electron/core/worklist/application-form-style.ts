/**
 * The printed application form's look: black on white A4, a serif face as official forms use, ruled
 * tables, and signature boxes large enough for a thumbprint (按手印). Served as a file to the console
 * (its strict CSP allows no inline style) and written inline into the HTML Chromium prints.
 */
export const applicationFormStyle = `
@page { size: A4; margin: 16mm 16mm 18mm; }
* { box-sizing: border-box; }
html { background: #fff; color: #000; }
body { margin: 0; font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", serif; font-size: 11pt; line-height: 1.5; }
.form { max-width: 178mm; margin: 0 auto; }
.form__hall { margin: 0; text-align: center; font-size: 12pt; letter-spacing: 0.1em; }
.form h1 { margin: 2mm 0 5mm; text-align: center; font-size: 19pt; letter-spacing: 0.15em; }
.form table { width: 100%; border-collapse: collapse; }
.form th, .form td { border: 1px solid #000; padding: 2mm 3mm; text-align: left; vertical-align: top; }
.form th { width: 34%; font-weight: 700; background: #f2f2f2; }
.form__meta { margin-bottom: 5mm; }
.form__meta th { width: 17%; }
.form__meta td { width: 33%; font-family: "Noto Sans Mono CJK SC", "Noto Sans CJK SC", monospace; }
.form caption { caption-side: top; text-align: left; font-weight: 700; font-size: 12pt; padding: 0 0 1.5mm; }
.form__answers tr { break-inside: avoid; }
.form__note { margin: 3mm 0 0; font-size: 10pt; }
.form__signatures { display: flex; gap: 6mm; margin-top: 7mm; break-inside: avoid; }
.form__signature { flex: 1; border: 1px solid #000; padding: 3mm; }
.form__signature h2 { margin: 0; font-size: 11pt; }
.form__signature-box { height: 30mm; }
.form__signature p { margin: 0; }
.form__footer { margin-top: 6mm; font-size: 9pt; border-top: 1px solid #000; padding-top: 2mm; }
@media screen { body { padding: 12mm 0; background: #e6e6e6; } .form { background: #fff; padding: 16mm; min-height: 297mm; max-width: 210mm; } }
`;
