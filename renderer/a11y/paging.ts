import { activeScope } from './focus-navigation.ts';

/**
 * accessibility.md, Seeing: long content scrolls vertically, and large 上一页/下一页 controls and the
 * keypad's Left/Right page it too. Each screen and dialog marks its one scrolling area with data-pageable.
 */
export function pageArea(area: HTMLElement, direction: 1 | -1): void {
  area.scrollBy({ top: direction * area.clientHeight * 0.85, behavior: 'instant' });
}

/** Pages the scrolling area of the topmost dialog, or else of the screen. */
export function pageScreen(direction: 1 | -1): void {
  const scope = activeScope();
  const area = scope.querySelector<HTMLElement>('[data-pageable]') ?? document.querySelector<HTMLElement>('[data-pageable]');
  if (area) pageArea(area, direction);
}
