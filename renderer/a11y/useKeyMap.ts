import { useEffect, useRef } from 'react';
import { activeScope, moveFocus } from './focus-navigation.ts';
import { bindingFor } from './keymap.ts';
import type { KeybindingName } from './keymap.ts';

/** What the keypad's function keys do on the current screen. */
export type KeyCommands = Partial<Record<Exclude<KeybindingName, 'SELECT' | 'DELETE_ONE' | 'CLEAR' | 'FOCUS_NEXT' | 'FOCUS_PREVIOUS'>, () => void>>;

/**
 * The key map at work on every screen. Up/Down move through every control (within the topmost
 * dialog); Enter, Backspace and Delete belong to the focused control; the rest run a command.
 */
export function useKeyMap(commands: KeyCommands): void {
  const commandsRef = useRef(commands);
  useEffect(() => {
    commandsRef.current = commands;
  }, [commands]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const binding = bindingFor(event.key);
      if (!binding || event.defaultPrevented) return;
      switch (binding) {
        case 'FOCUS_NEXT':
        case 'FOCUS_PREVIOUS':
          event.preventDefault();
          moveFocus(binding === 'FOCUS_NEXT' ? 1 : -1);
          return;
        case 'SELECT':
        case 'DELETE_ONE':
        case 'CLEAR':
          return;
        case 'BACK':
          // An open dialog closes itself on Escape; only the screen underneath goes back.
          if (activeScope() !== document.body) return;
          event.preventDefault();
          commandsRef.current.BACK?.();
          return;
        default:
          // F1–F8 must never reach the browser (F5 reloads, F7 turns on caret browsing).
          event.preventDefault();
          commandsRef.current[binding]?.();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
