import type { Browser, Page } from '@playwright/test';
import type { FigureSet } from './figure.ts';
import { describedServiceNames, firstAudioOfScreen, pageNow, probedContext, tapTile, waitForHome, waitForScreen, waitForValue } from './kiosk-page.ts';
import type { BenchPlan } from './plan.ts';
import { summarise } from './statistics.ts';

/** The Event Timing API reports nothing shorter than this; such a tap counts as this long. */
const eventTimingThresholdMs = 16;

interface Tap {
  /** Interaction to next paint: the longest event of the tap (pointerdown, pointerup, click), to the paint after it. */
  nextPaintMs: number;
  tapToAudioMs: number;
  screenToAudioMs: number;
  belowThreshold: boolean;
}

/** The tap's interaction, once the observer has delivered it: its events' longest duration. */
async function interactionOf(page: Page, pointerUpAt: number): Promise<number | undefined> {
  return waitForValue(
    page,
    (at) => {
      const events = window.kioskBench?.events ?? [];
      const pointerUp = events.find((event) => event.name === 'pointerup' && Math.abs(event.startTime - at) < 1);
      if (!pointerUp) return false;
      return Math.max(...events.filter((event) => event.interactionId === pointerUp.interactionId).map((event) => event.duration));
    },
    pointerUpAt,
    // Entries come a frame or two after the paint; by now (the prompt is already playing) they are in.
    500,
  ).catch(() => undefined);
}

/** One tap on a home tile, timed; then back home by the key map's Escape (上一步), untimed. */
async function timedTap(page: Page, name: string): Promise<Tap> {
  const before = await pageNow(page);
  await tapTile(page, name);
  await waitForScreen(page, name);
  const { screenAt, audioAt } = await firstAudioOfScreen(page);
  const pointerUpAt = await page.evaluate((after) => window.kioskBench?.pointerUps.find((at) => at > after), before);
  if (pointerUpAt === undefined) throw new Error('the tap reached no pointerup listener');
  const duration = await interactionOf(page, pointerUpAt);
  await page.keyboard.press('Escape');
  await waitForHome(page);
  await firstAudioOfScreen(page);
  return {
    nextPaintMs: duration ?? eventTimingThresholdMs,
    tapToAudioMs: audioAt - pointerUpAt,
    screenToAudioMs: audioAt - screenAt,
    belowThreshold: duration === undefined,
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
      details: { taps },
    };
  } finally {
    await context.close();
  }
}
