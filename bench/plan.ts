/** How much of each figure a run measures: the full bench, or the smoke run that keeps it from rotting. */
export interface BenchPlan {
  quick: boolean;
  /** Kiosk and static-page cold starts, measured in pairs. */
  coldStarts: number;
  /** One unrecorded pair first, so the first measured run does not also pay for warming Chromium. */
  coldStartWarmUp: boolean;
  /** At most this long, each run waits for Chromium to be quiet after opening its tab. */
  coldStartQuietMaxMs: number;
  taps: number;
  /** How many services the taps and flows go round; the smoke run keeps to two, whose clips it makes on demand. */
  services: number;
  /** The simulated day: flows in all, and after which flows the heap and RSS are read. */
  flows: { total: number; marks: number[] };
  /** Heap readings (each after a forced GC) per mark; their median is the mark's figure. */
  heapReadings: number;
  /**
   * Idle time on the kiosk's home screen and on the static page, read in windows once the page has
   * settled; the full run goes on through one whole period of the kiosk's idle timer.
   */
  idle: { seconds: number; windowSeconds: number; baselineSeconds: number; settleMaxSeconds: number; wholePeriod: boolean };
  /** Seconds of autocannon per route, after an unmeasured warm-up. */
  loadSeconds: number;
  loadWarmUpSeconds: number;
  sqliteWrites: number;
  /** A first voice build of every clip takes about a minute on a quiet 2-core machine. */
  voiceBuildTimeoutMs: number;
}

/** Ports of the bench's own (8390–8399); the end-to-end tests use 8190–8195. */
export const benchPorts = { coldStartKiosk: 8390, staticPage: 8391, kiosk: 8392 } as const;

const everyFifty = Array.from({ length: 10 }, (_, index) => (index + 1) * 50);

export function benchPlan(quick: boolean): BenchPlan {
  return quick
    ? {
        quick,
        coldStarts: 1,
        coldStartWarmUp: false,
        coldStartQuietMaxMs: 1_000,
        taps: 3,
        services: 2,
        flows: { total: 2, marks: [1, 2] },
        heapReadings: 1,
        idle: { seconds: 3, windowSeconds: 1, baselineSeconds: 1, settleMaxSeconds: 1, wholePeriod: false },
        loadSeconds: 1,
        loadWarmUpSeconds: 0,
        sqliteWrites: 50,
        voiceBuildTimeoutMs: 0,
      }
    : {
        quick,
        coldStarts: 20,
        coldStartWarmUp: true,
        coldStartQuietMaxMs: 5_000,
        taps: 45,
        services: Number.POSITIVE_INFINITY,
        flows: { total: 500, marks: everyFifty },
        heapReadings: 3,
        idle: { seconds: 60, windowSeconds: 5, baselineSeconds: 30, settleMaxSeconds: 15, wholePeriod: true },
        loadSeconds: 10,
        loadWarmUpSeconds: 2,
        sqliteWrites: 1000,
        voiceBuildTimeoutMs: 10 * 60_000,
      };
}
