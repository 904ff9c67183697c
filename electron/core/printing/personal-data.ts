import type { Receipt, ReceiptLine } from './receipt.ts';

export interface PersonalDataGuard {
  /**
   * Numbers that are public and may be printed in full, such as the hall's duty phone when it is a
   * mobile (kiosk-config hall.dutyPhone).
   */
  publicPhoneNumbers?: readonly string[];
}

export type MaskCheck = { ok: true } | { ok: false; error: 'unmasked-personal-data'; detail: string };

/** A full resident ID number (GB 11643): 17 digits and a check digit or X, not inside a longer run of digits. */
const residentIdPattern = /(?<!\d)(?:\d{18}(?!\d)|\d{17}X)/i;

/** A mainland mobile number: 11 digits starting with 1, also as 3-4-4 groups split by spaces or dashes. */
const mobilePattern = /(?<!\d)1\d{2}([ -]?)\d{4}\1\d{4}(?!\d)/g;

function lineTexts(line: ReceiptLine): string[] {
  switch (line.type) {
    case 'title':
    case 'text':
    case 'footer':
      return [line.text];
    case 'number':
      return [line.value];
    case 'row':
      return [line.key, line.value];
    case 'separator':
      return [];
    default: {
      const unknownLine: never = line;
      throw new Error(`Unknown receipt line ${JSON.stringify(unknownLine)}`);
    }
  }
}

function unmaskedKind(text: string, publicNumbers: ReadonlySet<string>): string | undefined {
  // NFKC turns full-width digits (４１０１…) into ASCII ones, so they cannot slip past.
  const normalised = text.normalize('NFKC');
  if (residentIdPattern.test(normalised)) return 'resident ID number';
  const mobiles = [...normalised.matchAll(mobilePattern)].map((match) => match[0].replace(/\D/g, ''));
  return mobiles.some((mobile) => !publicNumbers.has(mobile)) ? 'mobile number' : undefined;
}

/**
 * Refuses a receipt that shows a full resident ID or mobile number (product.md 9: shown masked).
 * The detail names the line, never its content, because results are logged.
 */
export function checkReceiptIsMasked(receipt: Receipt, guard: PersonalDataGuard = {}): MaskCheck {
  const publicNumbers = new Set((guard.publicPhoneNumbers ?? []).map((number) => number.replace(/\D/g, '')));
  for (const [index, line] of receipt.lines.entries()) {
    for (const text of lineTexts(line)) {
      const kind = unmaskedKind(text, publicNumbers);
      if (kind !== undefined) {
        return { ok: false, error: 'unmasked-personal-data', detail: `line ${index + 1} (${line.type}) shows a full ${kind}; mask it before printing` };
      }
    }
  }
  return { ok: true };
}
