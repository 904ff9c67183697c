import { createContext, useContext, useEffect } from 'react';

/**
 * The key map's Escape is 上一步 (accessibility.md, Keypad): it does what the current screen's
 * 上一步 button does. The screen shown registers that action here.
 */
export interface ScreenBack {
  register: (onBack: (() => void) | undefined) => () => void;
  run: () => void;
}

export function createScreenBack(): ScreenBack {
  let current: (() => void) | undefined;
  return {
    register(onBack) {
      current = onBack;
      return () => {
        if (current === onBack) current = undefined;
      };
    },
    run: () => current?.(),
  };
}

export const ScreenBackContext = createContext<ScreenBack>(createScreenBack());

export function useScreenBack(onBack: (() => void) | undefined): void {
  const screenBack = useContext(ScreenBackContext);
  useEffect(() => screenBack.register(onBack), [screenBack, onBack]);
}
