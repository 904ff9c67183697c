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

/** accessibility.md, Hearing: 11 volume steps (0–100 %) and 7 speeds from 0.5× to 2×. */
export const volumeSteps = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100] as const;
export const speedSteps = [0.5, 0.7, 0.85, 1, 1.25, 1.5, 2] as const;
/** Where speech goes. Until hardware detection exists, the resident or staff say so. */
export const audioOutputs = ['speaker', 'headphones'] as const;
export type AudioOutput = (typeof audioOutputs)[number];

/** One resident's settings. They last for one session and are wiped when it ends. */
export interface SessionSettings {
  textSize: TextSize;
  theme: Theme;
  scanMode: ScanMode;
  /** Percent, one of volumeSteps. */
  volume: number;
  /** A rate, one of speedSteps. */
  speed: number;
  output: AudioOutput;
  audioOnly: boolean;
}

export const defaultSessionSettings: SessionSettings = {
  textSize: 'standard',
  theme: 'standard',
  scanMode: 'off',
  volume: 50,
  speed: 0.85,
  output: 'speaker',
  audioOnly: false,
};

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
    root.toggleAttribute('data-audio-only', settings.audioOnly);
  }, [settings.textSize, settings.theme, settings.audioOnly]);
  const value = useMemo(() => ({ settings, change: (change: Partial<SessionSettings>) => setSettings((now) => ({ ...now, ...change })) }), [settings]);
  return <SessionSettingsContext value={value}>{children}</SessionSettingsContext>;
}

export function useSessionSettings(): SessionSettingsValue {
  const value = useContext(SessionSettingsContext);
  if (!value) throw new Error('useSessionSettings needs a SessionSettingsProvider');
  return value;
}
