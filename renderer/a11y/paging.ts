/**
 * accessibility.md, Seeing: long content scrolls vertically, and large 上一页/下一页 controls and the
 * keypad's Left/Right page it too. Each screen marks its one scrolling area with data-pageable.
 */
export function pageableArea(doc: Document = document): HTMLElement | null {
  return doc.querySelector<HTMLElement>('[data-pageable]');
}

export function pageScreen(direction: 1 | -1, doc: Document = document): void {
  const area = pageableArea(doc);
  if (!area) return;
  area.scrollBy({ top: direction * area.clientHeight * 0.85, behavior: 'instant' });
}
