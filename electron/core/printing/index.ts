/**
 * Receipts and queue tickets (product.md 2–3): one document model, laid out by display width, printed on
 * an ESC/POS thermal printer, through CUPS, or to text files. Staff's A4 application forms (issue #7) go
 * through headless Chromium to a PDF, then CUPS or a file (a4-printer.ts). Printing returns a result and never throws for
 * a printer's trouble, and refuses any receipt that shows a resident ID or mobile number in full.
 */
export type { FormPrinter, FormPrinterOptions, FormPrintError, FormPrintResult, PrintableForm } from './a4-printer.ts';
export { createFormPrinter, defaultChromiumPath } from './a4-printer.ts';
export { formsDirIn, removeSavedForms, savedFormName, savedFormsDirs } from './saved-forms.ts';
export type { CupsPrinterOptions } from './cups-printer.ts';
export { cupsPrinter, defaultLpOptions } from './cups-printer.ts';
export { characterWidth, displayWidth, wrapToWidth } from './display-width.ts';
export { encodeGb18030, escPosCommands, renderEscPos } from './escpos.ts';
export type { EscPosPrinterOptions } from './escpos-printer.ts';
export { escPosPrinter } from './escpos-printer.ts';
export type { FilePrinterOptions } from './file-printer.ts';
export { filePrinter } from './file-printer.ts';
export type { PrintedLine, PrintScale } from './layout.ts';
export { layoutReceipt } from './layout.ts';
export type { MaskCheck, PersonalDataGuard } from './personal-data.ts';
export { checkReceiptIsMasked } from './personal-data.ts';
export { renderPlainText } from './plain-text.ts';
export type { PrintError, PrintResult, ReceiptPrinter } from './printer.ts';
export { A4PrinterConfig, PrinterConfig, createReceiptPrinter } from './printer-config.ts';
export { PaperWidthMm, paperColumns, Receipt, ReceiptLine, receiptKinds } from './receipt.ts';
