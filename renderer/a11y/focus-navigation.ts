/**
 * The one focus-navigation module: Up/Down on the keypad and switch scanning both move through
 * the same list of controls, within the topmost dialog when one is open.
 */
const focusableSelector = [
  'button:not([disabled])',
  'a[href]',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** The topmost open dialog, else the whole page. */
export function activeScope(doc: Document = document): HTMLElement {
  const dialogs = [...doc.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')];
  return dialogs.at(-1) ?? doc.body;
}

function isShown(element: HTMLElement): boolean {
  if (element.closest('[inert], [aria-hidden="true"]')) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
}

/** Every control a resident can reach, in document order. */
export function reachableControls(scope: HTMLElement = activeScope()): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(focusableSelector)].filter(isShown);
}

/** Moves focus to the next or previous control, wrapping around. Returns the control focused. */
export function moveFocus(step: 1 | -1, scope: HTMLElement = activeScope()): HTMLElement | undefined {
  const controls = reachableControls(scope);
  if (controls.length === 0) return undefined;
  const current = controls.indexOf(document.activeElement as HTMLElement);
  const next = current === -1 ? (step === 1 ? 0 : controls.length - 1) : (current + step + controls.length) % controls.length;
  const target = controls[next];
  target?.focus({ preventScroll: true });
  // accessibility.md, Focus: never hidden behind other content.
  target?.scrollIntoView({ block: 'nearest' });
  return target;
}
