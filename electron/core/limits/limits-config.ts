import { z } from 'zod';

const Rate = (burst: number, perMinute: number) =>
  z.strictObject({ burst: z.number().min(1).max(1_000_000), perMinute: z.number().positive().max(1_000_000) }).default({ burst, perMinute });

/**
 * Issue #16.4: how fast one client (the kiosk itself, or one paired device) may take tickets, call for
 * help and have text synthesised. The defaults sit above a real hall's peak, so no resident meets them
 * in use; a hall may raise them, and the tests and the bench give themselves room here.
 */
export const LimitsConfig = z
  .strictObject({
    /**
     * A hall issues a few hundred tickets a day, tens an hour on a busy morning. Taking one is at least
     * ~10 s of taps (type, priority, take), so a queue at the kiosk at opening time draws at most ~6 a
     * minute: 6 a minute with 10 at once is above that, yet bounds a flood to 360 receipts an hour
     * instead of 300 in 15 minutes.
     */
    tickets: Rate(10, 6),
    /**
     * A resident calls once per visit, maybe twice when stuck; a call stays open until staff clear it.
     * 5 at once and 2 a minute is far above that and keeps the console's list readable.
     */
    helpCalls: Rate(5, 2),
    /**
     * Characters newly synthesised (cached clips are free). espeak-ng and the encoder take ~0.45 s of
     * CPU per 100 characters on the hall's 2-core PC. In audio mode a resident touching new controls
     * needs ~30 characters a second at most, and the check page's reading of a long form ~800 once:
     * 6,000 a minute (~0.45 s of CPU per second, a fifth of the machine) with 12,000 at once keeps a
     * flood from taking the CPU the screens need.
     */
    speechCharacters: Rate(12_000, 6_000),
  })
  .default({ tickets: { burst: 10, perMinute: 6 }, helpCalls: { burst: 5, perMinute: 2 }, speechCharacters: { burst: 12_000, perMinute: 6_000 } });
export type LimitsConfig = z.infer<typeof LimitsConfig>;
