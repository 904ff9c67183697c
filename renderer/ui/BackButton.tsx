import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { KioskButton } from './KioskButton.tsx';

/** 上一步: the same button, in the same place, on every screen that has a step before it (accessibility.md, Forms). */
export function BackButton({ onPress }: { onPress: () => void }) {
  const { t } = useTranslation();
  return (
    <KioskButton variant="primary" icon={<ArrowLeft aria-hidden focusable={false} />} onPress={onPress}>
      {t('service.back')}
    </KioskButton>
  );
}
