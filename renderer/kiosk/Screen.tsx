import { ChevronDown, ChevronUp } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pageScreen } from '../a11y/paging.ts';
import { KioskButton } from '../ui/KioskButton.tsx';
import type { SpeechItem } from '../voice/speech-player.ts';
import { usePrompt } from '../voice/VoiceProvider.tsx';
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
}

/** Whether the content is taller than its area, so the page buttons are needed. */
function useOverflow(area: React.RefObject<HTMLElement | null>): { above: boolean; below: boolean } {
  const [overflow, setOverflow] = useState({ above: false, below: false });
  useEffect(() => {
    const element = area.current;
    if (!element) return;
    const measure = () =>
      setOverflow({
        above: element.scrollTop > 1,
        below: element.scrollTop + element.clientHeight < element.scrollHeight - 1,
      });
    measure();
    // The area and its one inner wrapper: the wrapper grows and shrinks with whatever the screen shows.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    element.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, [area]);
  return overflow;
}

/** One resident screen. Focus moves to its heading when it shows, so every screen starts at the top. */
export function Screen({ heading, prompt, children, actions, aside }: ScreenProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const overflow = useOverflow(contentRef);
  usePrompt(prompt);
  useEffect(() => {
    headingRef.current?.focus();
    // For the bench: when this screen was shown, to time its first audio against.
    document.documentElement.dataset.screenShownAt = String(performance.now());
  }, [heading]);
  const paging = overflow.above || overflow.below;
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
      {paging && (
        <div className="screen__paging">
          <KioskButton icon={<ChevronUp aria-hidden focusable={false} />} isDisabled={!overflow.above} onPress={() => pageScreen(-1)}>
            {t('scroll.previous')}
          </KioskButton>
          <KioskButton icon={<ChevronDown aria-hidden focusable={false} />} isDisabled={!overflow.below} onPress={() => pageScreen(1)}>
            {t('scroll.next')}
          </KioskButton>
        </div>
      )}
      {aside && <div className="screen__aside">{aside}</div>}
      {actions && <div className="screen__actions">{actions}</div>}
    </div>
  );
}
