import type { Browser, Page } from '@playwright/test';
import type { FigureSet } from './figure.ts';
import { describedServiceNames, firstAudioOfScreen, pageNow, probedContext, tapButton, waitForHome, waitForScreen, waitForValue } from './kiosk-page.ts';
import type { BenchPlan } from './plan.ts';
import { summarise } from './statistics.ts';

/** The Event Timing API reports nothing shorter than this; such a tap counts as this long. */
const eventTimingThresholdMs = 16;

/** Where the time from the finger's lift went (Event Timing): waiting to run, running the handlers, then to the paint. */
interface Phases {
  inputDelayMs: number;
  processingMs: number;
  presentationDelayMs: number;
}

interface Tap {
  /** Interaction to next paint: the longest event of the tap (pointerdown, pointerup, click), to the paint after it. */
  nextPaintMs: number;
  lift: Phases | undefined;
  tapToAudioMs: number;
  screenToAudioMs: number;
  belowThreshold: boolean;
}

/** The tap's interaction, once the observer has delivered it: its events' longest duration. */
async function interactionOf(page: Page, pointerUpAt: number): Promise<{ durationMs: number; lift: Phases } | undefined> {
  return waitForValue(
    page,
    (at) => {
      const events = window.kioskBench?.events ?? [];
      const pointerUp = events.find((event) => event.name === 'pointerup' && Math.abs(event.startTime - at) < 1);
      if (!pointerUp) return false;
      const tap = events.filter((event) => event.interactionId === pointerUp.interactionId);
      // From the finger's lift: pointerup, mouseup and click, handled one after another before one paint.
      const lift = tap.filter((event) => event.startTime >= pointerUp.startTime - 1);
      const processingStart = Math.min(...lift.map((event) => event.processingStart));
      const processingEnd = Math.max(...lift.map((event) => event.processingEnd));
      return {
        durationMs: Math.max(...tap.map((event) => event.duration)),
        lift: {
          inputDelayMs: processingStart - pointerUp.startTime,
          processingMs: processingEnd - processingStart,
          presentationDelayMs: Math.max(...lift.map((event) => event.startTime + event.duration)) - processingEnd,
        },
      };
    },
    pointerUpAt,
    // Entries come a frame or two after the paint; by now (the prompt is already playing) they are in.
    500,
  ).catch(() => undefined);
}

/** One tap on a home tile, timed; then back home by the key map's Escape (上一步), untimed. */
async function timedTap(page: Page, name: string): Promise<Tap> {
  const before = await pageNow(page);
  await tapButton(page, name);
  await waitForScreen(page, name);
  const { screenAt, audioAt } = await firstAudioOfScreen(page);
  const pointerUpAt = await page.evaluate((after) => window.kioskBench?.pointerUps.find((at) => at > after), before);
  if (pointerUpAt === undefined) throw new Error('the tap reached no pointerup listener');
  const interaction = await interactionOf(page, pointerUpAt);
  await page.keyboard.press('Escape');
  await waitForHome(page);
  await firstAudioOfScreen(page);
  return {
    nextPaintMs: interaction?.durationMs ?? eventTimingThresholdMs,
    lift: interaction?.lift,
    tapToAudioMs: audioAt - pointerUpAt,
    screenToAudioMs: audioAt - screenAt,
    belowThreshold: interaction === undefined,
  };
}

function phaseSummaries(phases: Phases[]) {
  if (phases.length === 0) return undefined;
  return {
    inputDelayMs: summarise(phases.map((phase) => phase.inputDelayMs)),
    processingMs: summarise(phases.map((phase) => phase.processingMs)),
    presentationDelayMs: summarise(phases.map((phase) => phase.presentationDelayMs)),
  };
}

/**
 * Tap to next screen: a real pointer's tap on a home tile, timed by the Event Timing API to the next
 * paint (the new screen's heading), and to the first audio of the new screen's prompt.
 */
export async function measureInteraction(browser: Browser, base: string, root: string, plan: BenchPlan): Promise<FigureSet> {
  const names = describedServiceNames(root, plan);
  const context = await probedContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await waitForHome(page);
    await firstAudioOfScreen(page);
    const taps: Tap[] = [];
    for (let tap = 0; tap < plan.taps; tap += 1) taps.push(await timedTap(page, names[tap % names.length] ?? ''));
    const belowThreshold = taps.filter((tap) => tap.belowThreshold).length;
    return {
      figures: [
        {
          id: 'interactionToNextPaint',
          label: 'Tap to next screen painted (INP)',
          unit: 'ms',
          summary: summarise(taps.map((tap) => tap.nextPaintMs)),
          ...(belowThreshold > 0 ? { note: `${belowThreshold} taps under the API's ${eventTimingThresholdMs} ms threshold, counted as ${eventTimingThresholdMs} ms` } : {}),
        },
        { id: 'tapToFirstAudio', label: 'Tap to first audio of the new prompt', unit: 'ms', summary: summarise(taps.map((tap) => tap.tapToAudioMs)) },
        { id: 'screenToFirstAudio', label: 'Screen to first audio', unit: 'ms', summary: summarise(taps.map((tap) => tap.screenToAudioMs)) },
      ],
      details: {
        // What the time from pointerup to the next paint is spent on, over the taps the API reported.
        liftPhases: phaseSummaries(taps.flatMap((tap) => (tap.lift ? [tap.lift] : []))),
        taps,
      },
    };
  } finally {
    await context.close();
  }
}
