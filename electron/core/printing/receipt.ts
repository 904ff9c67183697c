import { z } from 'zod';

/** Thermal roll widths in millimetres. */
export const PaperWidthMm = z.union([z.literal(58), z.literal(80)]);
export type PaperWidthMm = z.infer<typeof PaperWidthMm>;

/**
 * Columns per line in a thermal printer's standard 12×24-dot font at 203 dpi (384 and 576 printable dots).
 * A Chinese character takes two, so 16 and 24 of them fit.
 */
export const paperColumns: Record<PaperWidthMm, number> = { 58: 32, 80: 48 };

/** No control characters: on an ESC/POS printer they would be obeyed as commands, not printed. */
const PrintableText = z
  .string()
  .max(500)
  .regex(/^[^\p{Cc}\p{Cs}]*$/u, 'no control characters or line breaks; use one line per paragraph');

/** One line of a receipt, by what it means; each adapter decides how it looks on its paper. */
export const ReceiptLine = z.discriminatedUnion('type', [
  /** Large, bold and centred: the hall's name or what the paper is (受理回执). */
  z.strictObject({ type: z.literal('title'), text: PrintableText.min(1) }),
  /** A paragraph, wrapped at the paper width: what happens next, what to bring. */
  z.strictObject({ type: z.literal('text'), text: PrintableText }),
  /** The reference or ticket number, as large as fits on one line, for residents with low vision. */
  z.strictObject({ type: z.literal('number'), value: PrintableText.min(1) }),
  /** A label and its value on one line when they fit (办理事项 … 高龄津贴申请). */
  z.strictObject({ type: z.literal('row'), key: PrintableText.min(1), value: PrintableText }),
  z.strictObject({ type: z.literal('separator') }),
  /** Small centred closing text: contact, opening hours. There is no QR code. */
  z.strictObject({ type: z.literal('footer'), text: PrintableText }),
]);
export type ReceiptLine = z.infer<typeof ReceiptLine>;

export const receiptKinds = ['application-receipt', 'queue-ticket', 'payment-slip'] as const;

/**
 * A printable document. Personal data in it must already be masked by the caller (maskResidentId);
 * printers refuse a receipt that shows a full ID or mobile number.
 */
export const Receipt = z.strictObject({
  kind: z.enum(receiptKinds),
  /** The width a text rendering is laid out for; an ESC/POS printer uses its own configured roll. */
  paperWidthMm: PaperWidthMm,
  lines: z.array(ReceiptLine).min(1).max(200),
});
export type Receipt = z.infer<typeof Receipt>;
