import { z } from 'zod';
import { checkReceiptIsMasked } from './personal-data.ts';
import type { PersonalDataGuard } from './personal-data.ts';
import { Receipt } from './receipt.ts';

/** 'unmasked-personal-data' comes from the guard, before any printer is touched. */
export type PrintError = 'offline' | 'out-of-paper' | 'failed' | 'unmasked-personal-data';

/** Printing never throws for a printer's trouble: the request is already saved, the paper is a courtesy. */
export type PrintResult = { ok: true } | { ok: false; error: PrintError; detail: string };

export interface ReceiptPrinter {
  print(receipt: Receipt): Promise<PrintResult>;
}

/**
 * Every adapter prints through this gate: a receipt that is malformed (control characters would reach an
 * ESC/POS printer as commands) or shows personal data in full never reaches the adapter.
 */
export function guardedPrinter(send: (receipt: Receipt) => Promise<PrintResult>, guard: PersonalDataGuard = {}): ReceiptPrinter {
  return {
    async print(receipt) {
      const parsed = Receipt.safeParse(receipt);
      if (!parsed.success) return { ok: false, error: 'failed', detail: `not a printable receipt: ${z.prettifyError(parsed.error)}` };
      const masked = checkReceiptIsMasked(parsed.data, guard);
      return masked.ok ? send(parsed.data) : masked;
    },
  };
}

/** The errno code of a Node system error, such as 'ENOENT'. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
