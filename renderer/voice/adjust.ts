import type { SessionSettings } from '../a11y/session-settings.tsx';
import { speedSteps, volumeSteps } from '../a11y/session-settings.tsx';

/** One step louder or quieter, faster or slower, within the allowed steps. */
export function stepSetting(settings: SessionSettings, setting: 'volume' | 'speed', direction: 1 | -1): Partial<SessionSettings> {
  const steps: readonly number[] = setting === 'volume' ? volumeSteps : speedSteps;
  const index = steps.indexOf(settings[setting]);
  const next = steps[Math.min(steps.length - 1, Math.max(0, index + direction))] ?? settings[setting];
  return { [setting]: next };
}
