import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

/** accessibility.md, Seeing: four text steps and three themes. */
export const textSizes = ['standard', 'large', 'larger', 'largest'] as const;
export type TextSize = (typeof textSizes)[number];
export const themes = ['standard', 'dark', 'light'] as const;
export type Theme = (typeof themes)[number];
/** accessibility.md, Switches: two-switch step scanning and one-switch auto scanning. */
export const scanModes = ['off', 'two-switch', 'one-switch'] as const;
export type ScanMode = (typeof scanModes)[number];

/** One resident's settings. They last for one session and are wiped when it ends. */
export interface SessionSettings {
  textSize: TextSize;
  theme: Theme;
  scanMode: ScanMode;
}

export const defaultSessionSettings: SessionSettings = { textSize: 'standard', theme: 'standard', scanMode: 'off' };

interface SessionSettingsValue {
  settings: SessionSettings;
  change: (change: Partial<SessionSettings>) => void;
}

const SessionSettingsContext = createContext<SessionSettingsValue | undefined>(undefined);

/** Holds the settings and applies the look to <html>, where the design tokens read it. */
export function SessionSettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState(defaultSessionSettings);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.textSize = settings.textSize;
    root.dataset.theme = settings.theme;
  }, [settings.textSize, settings.theme]);
  const value = useMemo(() => ({ settings, change: (change: Partial<SessionSettings>) => setSettings((now) => ({ ...now, ...change })) }), [settings]);
  return <SessionSettingsContext value={value}>{children}</SessionSettingsContext>;
}

export function useSessionSettings(): SessionSettingsValue {
  const value = useContext(SessionSettingsContext);
  if (!value) throw new Error('useSessionSettings needs a SessionSettingsProvider');
  return value;
}
