import { useEffect, useRef } from 'react';
import { activeScope, moveFocus, reachableControls } from './focus-navigation.ts';
import { ScanController, holdToStartMs } from './scan-controller.ts';
import type { ScanTiming, SwitchRole } from './scan-controller.ts';
import type { ScanMode } from './session-settings.tsx';

export interface SwitchSettings extends ScanTiming {
  moveKey: string;
  selectKey: string;
}

/** The highlight is the focus, marked so it can be drawn at least as strongly as the focus ring. */
const highlight = 'data-scan-highlight';

function clearHighlight(): void {
  for (const element of document.querySelectorAll(`[${highlight}]`)) element.removeAttribute(highlight);
}

function highlightFocused(): void {
  clearHighlight();
  if (document.activeElement instanceof HTMLElement && document.activeElement !== document.body) {
    document.activeElement.setAttribute(highlight, '');
  }
}

/** Steps the highlight (which is the focus) to the next control in the topmost dialog. */
function moveHighlight(): boolean {
  const scope = activeScope();
  const target = moveFocus(1, scope);
  highlightFocused();
  return target !== undefined && reachableControls(scope)[0] === target;
}

function selectHighlighted(): void {
  const target = document.activeElement;
  // A click with no pointer is a "virtual" press to react-aria: it fires onPress once, unguarded.
  if (target instanceof HTMLElement && target !== document.body) target.click();
}

function restOnFirst(): void {
  const [first] = reachableControls();
  first?.focus();
  highlightFocused();
}

function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/**
 * accessibility.md, Key ownership: while scanning is on, this one capture-phase handler owns the
 * switch keys, keydown and keyup, so react-aria never sees them and Space can't press a button twice.
 * While it is off, it still owns the move key so that holding it for 2 s starts scanning.
 */
export function useSwitchScanning(mode: ScanMode, switches: SwitchSettings, startScanning: () => void): void {
  const startRef = useRef(startScanning);
  useEffect(() => {
    startRef.current = startScanning;
  }, [startScanning]);

  useEffect(() => {
    const controller =
      mode === 'off' ? undefined : new ScanController(mode, switches, { move: moveHighlight, select: selectHighlighted, pauseAtFirst: restOnFirst });
    if (controller) highlightFocused();
    let holdTimer: ReturnType<typeof setTimeout> | undefined;
    let holdStarted = false;

    const roleOf = (event: KeyboardEvent): SwitchRole | undefined => {
      if (event.code === switches.moveKey) return 'move';
      if (event.code === switches.selectKey) return 'select';
      return undefined;
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const role = roleOf(event);
      if (!role) return;
      if (!controller) {
        if (role !== 'move' || isTextEntry(event.target)) return;
        event.preventDefault();
        event.stopPropagation();
        if (event.repeat || holdTimer) return;
        holdStarted = false;
        holdTimer = setTimeout(() => {
          holdStarted = true;
          startRef.current();
        }, holdToStartMs);
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      if (!event.repeat) controller.press(role, performance.now());
    };

    const onKeyUp = (event: KeyboardEvent) => {
      const role = roleOf(event);
      if (!role) return;
      if (!controller) {
        if (role !== 'move' || isTextEntry(event.target) || !holdTimer) return;
        event.preventDefault();
        event.stopPropagation();
        clearTimeout(holdTimer);
        holdTimer = undefined;
        // A short press of Space is an ordinary keyboard press, activated on release.
        if (!holdStarted) selectHighlighted();
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      controller.release(role);
    };

    window.addEventListener('keydown', onKeyDown, { capture: true });
    window.addEventListener('keyup', onKeyUp, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('keyup', onKeyUp, { capture: true });
      clearTimeout(holdTimer);
      controller?.stop();
      clearHighlight();
    };
  }, [mode, switches]);
}
