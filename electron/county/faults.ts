import { z } from 'zod';

/**
 * Faults the reference receiver can be told to show, for tests and for halls rehearsing an outage:
 * each POST /requests takes the next fault in the queue, if any, instead of being handled.
 */
export const Fault = z.discriminatedUnion('kind', [
  /** Answer with this status, and with Retry-After when given (seconds or an HTTP-date). */
  z.strictObject({ kind: z.literal('status'), status: z.int().min(400).max(599), retryAfter: z.string().min(1).max(40).optional() }),
  /** Say nothing until the kiosk gives up (or a minute passes). */
  z.strictObject({ kind: z.literal('hang') }),
]);
export type Fault = z.infer<typeof Fault>;

export const FaultList = z.strictObject({ faults: z.array(Fault).max(1000) });

export class FaultQueue {
  #queue: Fault[] = [];

  replace(faults: readonly Fault[]): void {
    this.#queue = [...faults];
  }

  next(): Fault | undefined {
    return this.#queue.shift();
  }

  get waiting(): number {
    return this.#queue.length;
  }
}
