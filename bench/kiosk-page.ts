import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { homeHeading } from '../e2e/support/screens.ts';
import { readSeedDirectory } from '../electron/core/catalog/catalog.ts';
import { join } from 'node:path';
import { installPageProbe } from './page-probe.ts';
import type { BenchPlan } from './plan.ts';

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

export function serviceTile(page: Page, name: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^${name}`) });
}

/** The home screen is ready when its tiles show and its heading has taken focus (Screen.tsx). */
export async function waitForHome(page: Page): Promise<void> {
  await page.getByRole('list').getByRole('button').first().waitFor();
  await page.waitForFunction((heading) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === heading, homeHeading);
}

export async function waitForScreen(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}

/**
 * The last screen shown and the first audio that started after it, in the page's clock. Later
 * utterances of the same prompt restamp the audio element; the probe keeps the first.
 */
export async function firstAudioOfScreen(page: Page, timeoutMs = 30_000): Promise<{ screenAt: number; audioAt: number }> {
  const handle = await page.waitForFunction(
    () => {
      const marks = window.kioskBench?.marks ?? [];
      const screenIndex = marks.findLastIndex((mark) => mark.kind === 'screen');
      const screen = marks[screenIndex];
      const audio = marks.slice(screenIndex + 1).find((mark) => mark.kind === 'audio' && screen !== undefined && mark.at > screen.at);
      return screen && audio ? { screenAt: screen.at, audioAt: audio.at } : false;
    },
    undefined,
    { timeout: timeoutMs },
  );
  return handle.jsonValue() as Promise<{ screenAt: number; audioAt: number }>;
}

/** A resident's tap with a real pointer (mouse down, mouse up) on the middle of a control. */
export async function tapCentre(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('the control to tap is not on the screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
}

/** The page's clock: performance.now() in the page. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
