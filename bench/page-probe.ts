/**
 * What the bench reads inside the kiosk page. Installed before the page's own scripts (addInitScript),
 * so a cold start's first screen is seen too. Each list keeps only its last entries: the probe must not
 * itself grow the heap that the memory figure watches.
 */
export interface PageProbe {
  /** When a screen was shown and when an utterance's first audio started, in the page's clock. */
  marks: { kind: 'screen' | 'audio'; at: number; speaking: string }[];
  /** Event Timing entries that belong to an interaction (a tap or a key press). */
  events: { name: string; interactionId: number; startTime: number; processingStart: number; processingEnd: number; duration: number }[];
  /** The timestamps of pointerup events. */
  pointerUps: number[];
}

declare global {
  interface Window {
    kioskBench?: PageProbe;
  }
}

/**
 * Runs in the page. Self-contained: Playwright sends its source, not its closure. No named inner
 * functions either: tsx wraps those in a helper (__name) that does not exist in the page.
 */
export function installPageProbe(): void {
  const probe: PageProbe = { marks: [], events: [], pointerUps: [] };
  window.kioskBench = probe;
  const kept = 20;
  // Screen.tsx stamps data-screen-shown-at on <html>; the speech player stamps data-started-at on its <audio>.
  new MutationObserver((records) => {
    for (const record of records) {
      const element = record.target as HTMLElement;
      if (record.attributeName === 'data-screen-shown-at') probe.marks.push({ kind: 'screen', at: Number(element.dataset.screenShownAt), speaking: '' });
      else probe.marks.push({ kind: 'audio', at: Number(element.dataset.startedAt), speaking: element.dataset.speaking ?? '' });
      probe.marks.splice(0, probe.marks.length - kept);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-screen-shown-at', 'data-started-at'] });
  // Event Timing API: 16 ms is the lowest threshold it allows; faster events are not reported at all.
  // (TypeScript's DOM types do not know durationThreshold yet.)
  const eventTiming: PerformanceObserverInit & { durationThreshold: number } = { type: 'event', durationThreshold: 16, buffered: true };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      const { name, interactionId, startTime, processingStart, processingEnd, duration } = entry;
      if (interactionId) probe.events.push({ name, interactionId, startTime, processingStart, processingEnd, duration });
      probe.events.splice(0, probe.events.length - kept);
    }
  }).observe(eventTiming);
  addEventListener(
    'pointerup',
    (event) => {
      probe.pointerUps.push(event.timeStamp);
      probe.pointerUps.splice(0, probe.pointerUps.length - kept);
    },
    { capture: true, passive: true },
  );
}
