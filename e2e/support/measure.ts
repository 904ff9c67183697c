import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** accessibility.md, Touching and Seeing: what every resident screen is measured against. */
export const minimumTarget = 64;
export const minimumGap = 16;
export const minimumTextAtDefault = 24;

interface Measurements {
  smallTargets: string[];
  crowdedTargets: string[];
  smallText: string[];
  spilledText: string[];
  horizontalOverflow: number;
}

/** Measures the live page: target sizes and gaps, text sizes, spilled text and sideways scrolling. */
export async function measureScreen(page: Page, minimumText: number): Promise<Measurements> {
  return page.evaluate(
    ({ minimumTarget, minimumGap, minimumText }) => {
      const describe = (element: Element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30) || element.getAttribute('aria-label')}"`;
      const visible = (element: Element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !element.closest('[aria-hidden="true"], [inert]');
      };
      /** The part of an element a resident can see: its box clipped by every scrolling ancestor. */
      const seenBox = (element: Element) => {
        let { left, top, right, bottom } = element.getBoundingClientRect();
        for (let parent = element.parentElement; parent; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowY === 'visible') continue;
          const clip = parent.getBoundingClientRect();
          left = Math.max(left, clip.left);
          top = Math.max(top, clip.top);
          right = Math.min(right, clip.right);
          bottom = Math.min(bottom, clip.bottom);
        }
        return { left, top, right, bottom, seen: right > left && bottom > top };
      };
      const targets = [...document.querySelectorAll('button, a[href], input, select, textarea, [role="button"]')].filter(visible);
      const boxes = targets.map((target) => target.getBoundingClientRect());
      const seen = targets.map(seenBox);
      const smallTargets = targets
        .filter((_, index) => (boxes[index]?.width ?? 0) < minimumTarget - 0.5 || (boxes[index]?.height ?? 0) < minimumTarget - 0.5)
        .map((target, index) => `${describe(target)} ${Math.round(boxes[index]?.width ?? 0)}×${Math.round(boxes[index]?.height ?? 0)}`);
      const crowdedTargets: string[] = [];
      for (let a = 0; a < targets.length; a += 1) {
        for (let b = a + 1; b < targets.length; b += 1) {
          // Gaps are between what can be seen: a control scrolled half out of its area is clipped there.
          const first = seen[a];
          const second = seen[b];
          if (!first?.seen || !second?.seen || targets[a]?.contains(targets[b] ?? null) || targets[b]?.contains(targets[a] ?? null)) continue;
          const dx = Math.max(0, second.left - first.right, first.left - second.right);
          const dy = Math.max(0, second.top - first.bottom, first.top - second.bottom);
          if (Math.max(dx, dy) < minimumGap - 0.5) crowdedTargets.push(`${describe(targets[a] as Element)} / ${describe(targets[b] as Element)}`);
        }
      }
      const smallText: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !(node.textContent ?? '').trim() || !visible(parent) || parent.closest('.visually-hidden')) continue;
        const size = parseFloat(getComputedStyle(parent).fontSize);
        if (size < minimumText - 0.5) smallText.push(`${describe(parent)} ${size}px`);
      }
      const spilledText = targets.filter((target) => target.scrollWidth > target.clientWidth + 1 || target.scrollHeight > target.clientHeight + 1).map(describe);
      return { smallTargets, crowdedTargets, smallText, spilledText, horizontalOverflow: document.documentElement.scrollWidth - window.innerWidth };
    },
    { minimumTarget, minimumGap, minimumText },
  );
}

export async function expectScreenMeetsSizes(page: Page, minimumText = minimumTextAtDefault): Promise<void> {
  const measured = await measureScreen(page, minimumText);
  expect(measured.smallTargets, 'targets smaller than 64×64').toEqual([]);
  expect(measured.crowdedTargets, 'targets closer than 16 px').toEqual([]);
  expect(measured.smallText, `text smaller than ${minimumText}px`).toEqual([]);
  expect(measured.spilledText, 'text spilling out of its control').toEqual([]);
  expect(measured.horizontalOverflow, 'sideways scrolling').toBeLessThanOrEqual(0);
}
