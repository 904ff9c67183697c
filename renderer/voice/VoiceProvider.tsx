import { createContext, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Keybinding } from '../a11y/keymap.ts';
import { useSessionSettings } from '../a11y/session-settings.tsx';
import { describeControl } from './describe-control.ts';
import { SpeechPlayer } from './speech-player.ts';
import type { SpeechItem } from './speech-player.ts';

export interface Voice {
  /** A screen's or dialog's prompt: spoken now, and what 重听 replays. */
  prompt: (items: readonly SpeechItem[]) => void;
  /** Feedback (a setting changed, a key explained): spoken now, not remembered. */
  say: (items: readonly SpeechItem[]) => void;
  repeat: () => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
  /** Speak the control that has focus (audio mode), e.g. after a touch in audio-only mode. */
  describe: (element: HTMLElement) => void;
}

const VoiceContext = createContext<Voice | undefined>(undefined);

/** accessibility.md, Hearing: audio-only mode never goes below 30 %. */
const audioOnlyVolumeFloor = 30;

/**
 * Speech guidance for one session: the one speech queue, the prompt to repeat, the privacy rule for
 * the loudspeaker, and the focus reader for audio mode.
 */
export function VoiceProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { settings } = useSessionSettings();
  const audioRef = useRef<HTMLAudioElement>(null);
  const player = useRef<SpeechPlayer>(undefined);
  const lastPrompt = useRef<readonly SpeechItem[]>([]);
  const keypadUsed = useRef(false);
  const privateListening = settings.output === 'headphones';
  const audioMode = settings.audioOnly || privateListening;

  const playerNow = useCallback(() => {
    if (!player.current && audioRef.current) player.current = new SpeechPlayer(audioRef.current);
    return player.current;
  }, []);

  useEffect(() => {
    const volume = settings.audioOnly ? Math.max(settings.volume, audioOnlyVolumeFloor) : settings.volume;
    playerNow()?.configure({ volume: volume / 100, rate: settings.speed });
  }, [playerNow, settings.volume, settings.speed, settings.audioOnly]);

  // EN 301 549 5.1.3.9: personal data only through private listening; on the loudspeaker, a neutral word.
  const forOutput = useCallback(
    (items: readonly SpeechItem[]): SpeechItem[] =>
      items.map((item) => ('personal' in item && item.personal && !privateListening ? { id: 'voice.personalOnSpeaker' } : item)),
    [privateListening],
  );

  const voice = useMemo<Voice>(
    () => ({
      prompt: (items) => {
        lastPrompt.current = items;
        playerNow()?.speak(forOutput(items), i18n.language);
      },
      say: (items) => playerNow()?.speak(forOutput(items), i18n.language),
      repeat: () => playerNow()?.speak(forOutput(lastPrompt.current), i18n.language),
      pause: () => playerNow()?.pause(),
      resume: () => playerNow()?.resume(),
      stop: () => playerNow()?.stop(),
      describe: (element) => playerNow()?.speak(forOutput(describeControl(element, t, privateListening)), i18n.language),
    }),
    [forOutput, i18n.language, playerNow, privateListening, t],
  );

  // Any input interrupts what is being said; what the input causes is spoken after.
  useEffect(() => {
    const interrupt = (event: Event) => {
      if (event instanceof KeyboardEvent && (event.key === Keybinding.FOCUS_NEXT || event.key === Keybinding.FOCUS_PREVIOUS)) keypadUsed.current = true;
      playerNow()?.stop();
    };
    window.addEventListener('keydown', interrupt, { capture: true });
    window.addEventListener('pointerdown', interrupt, { capture: true });
    return () => {
      window.removeEventListener('keydown', interrupt, { capture: true });
      window.removeEventListener('pointerdown', interrupt, { capture: true });
    };
  }, [playerNow]);

  // Audio mode: the focused control says its name, state and position.
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || target.tagName === 'H1') return;
      if (audioMode || keypadUsed.current) voice.describe(target);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [audioMode, voice]);

  return (
    <VoiceContext value={voice}>
      {children}
      {/* Speech reads what the screen shows: the screen is its caption. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <audio ref={audioRef} className="kiosk-voice" data-state="idle" />
    </VoiceContext>
  );
}

export function useVoice(): Voice {
  const voice = useContext(VoiceContext);
  if (!voice) throw new Error('useVoice needs a VoiceProvider');
  return voice;
}

/** Speaks a screen's or dialog's prompt when it shows, and again when the language changes. */
export function usePrompt(items: readonly SpeechItem[]): void {
  const voice = useVoice();
  const key = JSON.stringify(items);
  useEffect(() => {
    voice.prompt(JSON.parse(key) as SpeechItem[]);
  }, [key, voice]);
}
