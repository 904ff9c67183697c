import { ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { BackButton } from './BackButton.tsx';
import { KioskButton } from './KioskButton.tsx';

export interface ScreenActionsProps {
  /** 上一步; a screen with no step before it leaves it out. */
  onBack?: () => void;
  /** The screen's one primary action, after 上一步; a screen with nothing to go on to leaves it out. */
  onNext?: () => void;
  /** What the primary action says: 下一步 unless the screen's action is another (提交, 查询, 取号). */
  nextLabel?: string;
  nextIcon?: ReactNode;
}

/**
 * 上一步 and the primary action, in the same order on every screen (accessibility.md, Forms): the resident
 * finds them in the same place each time. Pass it as a Screen's `actions`.
 */
export function ScreenActions({ onBack, onNext, nextLabel, nextIcon }: ScreenActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {onBack && <BackButton onPress={onBack} />}
      {onNext && (
        <KioskButton variant="primary" icon={nextIcon ?? <ArrowRight aria-hidden focusable={false} />} onPress={onNext}>
          {nextLabel ?? t('form.continue')}
        </KioskButton>
      )}
    </>
  );
}
