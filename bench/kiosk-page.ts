import type { Browser, BrowserContext, Page } from '@playwright/test';
import { join } from 'node:path';
import { homeHeading } from '../e2e/support/screens.ts';
import { readSeedDirectory } from '../electron/core/catalog/catalog.ts';
import { installPageProbe } from './page-probe.ts';
import type { BenchPlan } from './plan.ts';

/*
 * The bench reads the kiosk page with small functions of its own, run in the page, rather than with
 * Playwright's role locators as the tests do: the role engine runs in the same JS heap as the kiosk, and
 * over 500 flows its compiled code would be counted in the memory figure as the kiosk's.
 */

/** The kiosk's screen size (a 1080p touch screen), as in the end-to-end tests. */
const viewport = { width: 1920, height: 1080 };

/** A fresh context (no cache, no cookies) whose pages carry the bench's probe. */
export async function probedContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(installPageProbe);
  return context;
}

/**
 * The names of the home tiles that open a service description, read from the seeds as the kiosk reads
 * them. 取号排队 is left out: once the queue lands it opens the ticket screens, not a description.
 */
export function describedServiceNames(root: string, plan: BenchPlan): string[] {
  return readSeedDirectory(join(root, 'seeds'))
    .seeds.filter((seed) => seed.id !== 'queue-ticket')
    .map((seed) => seed.name['zh-CN'])
    .slice(0, plan.services);
}

/**
 * page.waitForFunction, returning the predicate's value and releasing its handle: a handle that is kept
 * keeps its object alive in the page, where the memory figure would count it as the kiosk's.
 */
export async function waitForValue<Value, Arg>(page: Page, predicate: (arg: Arg) => Value | false, arg: Arg, timeout = 30_000): Promise<Value> {
  // Playwright types the argument as it arrives in the page (Unboxed<Arg>), which a generic Arg cannot be checked against.
  const handle = await page.waitForFunction(predicate as (arg: unknown) => Value | false, arg as unknown, { timeout });
  try {
    return (await handle.jsonValue()) as Value;
  } finally {
    await handle.dispose();
  }
}

/** The home screen is ready when its tiles show and its heading has taken focus (Screen.tsx). */
export async function waitForHome(page: Page): Promise<void> {
  await waitForValue(
    page,
    (heading) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === heading && document.querySelector('main ul button') !== null,
    homeHeading,
  );
}

export async function waitForScreen(page: Page, heading: string): Promise<void> {
  await waitForValue(page, (name) => document.querySelector('h1')?.textContent === name, heading);
}

/**
 * The last screen shown and the first audio that started after it, in the page's clock. Later
 * utterances of the same prompt restamp the audio element; the probe keeps the first.
 */
export function firstAudioOfScreen(page: Page): Promise<{ screenAt: number; audioAt: number }> {
  return waitForValue(
    page,
    () => {
      const marks = window.kioskBench?.marks ?? [];
      const screenIndex = marks.findLastIndex((mark) => mark.kind === 'screen');
      const screen = marks[screenIndex];
      const audio = marks.slice(screenIndex + 1).find((mark) => mark.kind === 'audio' && screen !== undefined && mark.at > screen.at);
      return screen && audio ? { screenAt: screen.at, audioAt: audio.at } : false;
    },
    undefined,
  );
}

/**
 * A resident's tap with a real pointer (mouse down, mouse up) on the middle of the first button of the
 * screen's main area whose text starts with `text`: a home tile reads name, then summary.
 */
export async function tapButton(page: Page, text: string): Promise<void> {
  const centre = await page.evaluate((start) => {
    const button = [...document.querySelectorAll('main button')].find((each) => each.textContent?.startsWith(start));
    if (!button) return undefined;
    button.scrollIntoView({ block: 'nearest' });
    const box = button.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, text);
  if (!centre) throw new Error(`no button starting with ${text} on this screen`);
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  await page.mouse.up();
}

/** The page's clock: performance.now() in the page. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
