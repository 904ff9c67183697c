import { useCallback, useEffect, useRef, useState } from 'react';

export interface IdleTiming {
  warningAfterMs: number;
  countdownMs: number;
  /** How many times the resident may press 继续. */
  extensions: number;
}

export type IdleState = { phase: 'active' } | { phase: 'warning'; secondsLeft: number; extensionsLeft: number };

const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * accessibility.md, Time: after the idle time, a warning with a countdown; when it runs out, or the
 * extensions are used up, the session ends. Paused while scanning, while a help call waits, and while
 * staff mode says so.
 * Input only restarts a timer: it never re-renders the screen.
 */
export function useIdleTimer(timing: IdleTiming, paused: boolean, onTimeUp: () => void): { state: IdleState; extend: () => void } {
  const [state, setState] = useState<IdleState>({ phase: 'active' });
  const [generation, setGeneration] = useState(0);
  const extensionsUsed = useRef(0);
  // A pause that starts while the warning shows (F8 calls staff, staff sign in) ends the warning:
  // nobody is timed out while staff are on their way or at the kiosk.
  if (paused && state.phase === 'warning') setState({ phase: 'active' });
  const timeUp = useRef(onTimeUp);
  useEffect(() => {
    timeUp.current = onTimeUp;
  }, [onTimeUp]);

  useEffect(() => {
    if (paused || state.phase !== 'active') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        setState({ phase: 'warning', secondsLeft: Math.ceil(timing.countdownMs / 1000), extensionsLeft: timing.extensions - extensionsUsed.current });
      }, timing.warningAfterMs);
    };
    restart();
    for (const type of activityEvents) window.addEventListener(type, restart, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of activityEvents) window.removeEventListener(type, restart, { capture: true });
    };
  }, [paused, state.phase, generation, timing.warningAfterMs, timing.countdownMs, timing.extensions]);

  useEffect(() => {
    if (state.phase !== 'warning') return;
    const startedAt = Date.now();
    const tick = setInterval(() => {
      const left = Math.ceil((timing.countdownMs - (Date.now() - startedAt)) / 1000);
      if (left <= 0) {
        clearInterval(tick);
        extensionsUsed.current = 0;
        setState({ phase: 'active' });
        timeUp.current();
      } else {
        setState((now) => (now.phase === 'warning' ? { ...now, secondsLeft: left } : now));
      }
    }, 250);
    return () => clearInterval(tick);
  }, [state.phase, timing.countdownMs]);

  const extend = useCallback(() => {
    extensionsUsed.current += 1;
    setGeneration((count) => count + 1);
    setState({ phase: 'active' });
  }, []);

  return { state, extend };
}
