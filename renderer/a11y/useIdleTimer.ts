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
 * extensions are used up, the session ends. Paused while scanning or while a help call waits.
 */
export function useIdleTimer(timing: IdleTiming, paused: boolean, onTimeUp: () => void): { state: IdleState; extend: () => void } {
  const [state, setState] = useState<IdleState>({ phase: 'active' });
  const [lastActivity, setLastActivity] = useState(() => Date.now());
  const extensionsUsed = useRef(0);
  const timeUp = useRef(onTimeUp);
  useEffect(() => {
    timeUp.current = onTimeUp;
  }, [onTimeUp]);

  // Any input in the active phase restarts the wait; in the warning only 继续 does.
  useEffect(() => {
    if (state.phase !== 'active') return;
    const onActivity = () => setLastActivity(Date.now());
    for (const type of activityEvents) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of activityEvents) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [state.phase]);

  useEffect(() => {
    if (paused || state.phase !== 'active') return;
    const timer = setTimeout(() => {
      setState({ phase: 'warning', secondsLeft: Math.ceil(timing.countdownMs / 1000), extensionsLeft: timing.extensions - extensionsUsed.current });
    }, timing.warningAfterMs);
    return () => clearTimeout(timer);
  }, [paused, state.phase, lastActivity, timing.warningAfterMs, timing.countdownMs, timing.extensions]);

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
    setLastActivity(Date.now());
    setState({ phase: 'active' });
  }, []);

  return { state, extend };
}
