import { BellRing, Eye, House, Languages, Repeat } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { KioskButton } from '../ui/KioskButton.tsx';
import './PersistentBar.css';

export interface PersistentBarProps {
  otherLanguage: string;
  onHome: () => void;
  onSwitchLanguage: () => void;
  /** A control whose issue has not landed yet says so; see bar.coming. */
  onNotYet: (controlKey: 'bar.callStaff' | 'bar.repeat' | 'bar.display') => void;
}

/**
 * product.md, Home: the controls every screen keeps in the same place. 返回首页 lives only here
 * (accessibility.md, Navigation).
 */
export function PersistentBar({ otherLanguage, onHome, onSwitchLanguage, onNotYet }: PersistentBarProps) {
  const { t } = useTranslation();
  const icon = { 'aria-hidden': true, focusable: false } as const;
  return (
    <nav className="persistent-bar" aria-label={t('bar.label')}>
      <KioskButton variant="bar" icon={<BellRing {...icon} />} onPress={() => onNotYet('bar.callStaff')}>
        {t('bar.callStaff')}
      </KioskButton>
      <KioskButton variant="bar" icon={<Repeat {...icon} />} onPress={() => onNotYet('bar.repeat')}>
        {t('bar.repeat')}
      </KioskButton>
      <KioskButton variant="bar" icon={<Eye {...icon} />} onPress={() => onNotYet('bar.display')}>
        {t('bar.display')}
      </KioskButton>
      <KioskButton
        variant="bar"
        icon={<Languages {...icon} />}
        onPress={onSwitchLanguage}
        aria-label={t('language.switchTo', { language: t(`language.${otherLanguage}`) })}
      >
        <span lang={otherLanguage}>{t(`language.${otherLanguage}`)}</span>
      </KioskButton>
      <KioskButton variant="bar" icon={<House {...icon} />} onPress={onHome}>
        {t('bar.home')}
      </KioskButton>
    </nav>
  );
}
