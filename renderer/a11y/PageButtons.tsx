import { ChevronDown, ChevronUp } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { KioskButton } from '../ui/KioskButton.tsx';
import { pageArea } from './paging.ts';

/** Whether an area's content is taller than the area, above and below what shows. */
function useOverflow(area: RefObject<HTMLElement | null>): { above: boolean; below: boolean } {
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
    // The area and its one inner wrapper: the wrapper grows and shrinks with whatever is shown.
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

/**
 * accessibility.md, Seeing: long content scrolls by touch and also by large 上一页/下一页 buttons,
 * shown only while there is more to see.
 */
export function PageButtons({ area, className }: { area: RefObject<HTMLElement | null>; className: string }) {
  const { t } = useTranslation();
  const overflow = useOverflow(area);
  if (!overflow.above && !overflow.below) return null;
  const page = (direction: 1 | -1) => area.current && pageArea(area.current, direction);
  return (
    <div className={className}>
      <KioskButton icon={<ChevronUp aria-hidden focusable={false} />} isDisabled={!overflow.above} onPress={() => page(-1)}>
        {t('scroll.previous')}
      </KioskButton>
      <KioskButton icon={<ChevronDown aria-hidden focusable={false} />} isDisabled={!overflow.below} onPress={() => page(1)}>
        {t('scroll.next')}
      </KioskButton>
    </div>
  );
}
