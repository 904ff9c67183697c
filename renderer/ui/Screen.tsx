import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { PageButtons } from '../a11y/PageButtons.tsx';
import type { SpeechItem } from '../voice/speech-player.ts';
import { usePrompt } from '../voice/VoiceProvider.tsx';
import { useScreenBack } from './screen-back.ts';
import './Screen.css';

export interface ScreenProps {
  heading: string;
  /** accessibility.md, Hearing: every screen speaks its heading and what to do when it shows. */
  prompt: readonly SpeechItem[];
  children: ReactNode;
  /** 上一步 and the primary action: always in the same place, above the persistent bar. */
  actions?: ReactNode;
  /** Input screens: question, answer and errors on the left, keypad on the right. */
  aside?: ReactNode;
  /** What 上一步 does here; Escape on the keypad does the same. */
  onBack?: () => void;
  /** accessibility.md, Forms: while a page shows an error, its title starts with 错误：. */
  hasError?: boolean;
}

/** One resident screen. Focus moves to its heading when it shows, so every screen starts at the top. */
export function Screen({ heading, prompt, children, actions, aside, onBack, hasError = false }: ScreenProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  usePrompt(prompt);
  useScreenBack(onBack);
  useEffect(() => {
    document.title = hasError ? `${t('form.errorTitlePrefix')}${heading}` : heading;
  }, [hasError, heading, t]);
  useEffect(() => {
    headingRef.current?.focus();
    // For the bench: when this screen was shown, to time its first audio against.
    document.documentElement.dataset.screenShownAt = String(performance.now());
  }, [heading]);
  return (
    <div className="screen" data-prompt={prompt.map((item) => ('id' in item ? item.id : item.text)).join(' | ')}>
      <div className="screen__content" ref={contentRef} data-pageable>
        <div className="screen__inner">
          <h1 ref={headingRef} tabIndex={-1}>
            {heading}
          </h1>
          {children}
        </div>
      </div>
      <PageButtons area={contentRef} className="screen__paging" />
      {aside && <div className="screen__aside">{aside}</div>}
      {actions && <div className="screen__actions">{actions}</div>}
    </div>
  );
}
