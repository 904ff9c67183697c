import { useEffect, useState } from 'react';

/** 10:32, as a clock on the wall shows it. */
export function clockTime(iso: string, language: string): string {
  return new Date(iso).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit', hour12: false });
}

/** Whole minutes from `iso` until `now`, never negative (the PC's clock may differ from the kiosk's). */
export function minutesSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));
}

/** The time now, updated every `everyMs`, for "waiting 12 minutes". */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
