import { BellRing, Eye, House, Languages, Repeat, UserCog } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { KioskButton } from '../ui/KioskButton.tsx';
import './PersistentBar.css';

export type BarCommand = 'callStaff' | 'repeat' | 'display' | 'language' | 'home' | 'staffPanel';

export interface PersistentBarProps {
  otherLanguage: string;
  onCommand: (command: BarCommand) => void;
  /** While staff are signed in at the kiosk: who, shown on a button back to the staff panel. */
  staffName?: string;
}

/**
 * product.md, Home: the controls every screen keeps in the same place. 返回首页 lives only here
 * (accessibility.md, Navigation).
 */
export function PersistentBar({ otherLanguage, onCommand, staffName }: PersistentBarProps) {
  const { t } = useTranslation();
  const icon = { 'aria-hidden': true, focusable: false } as const;
  return (
    <nav className="persistent-bar" aria-label={t('bar.label')}>
      <KioskButton variant="bar" icon={<BellRing {...icon} />} onPress={() => onCommand('callStaff')}>
        {t('bar.callStaff')}
      </KioskButton>
      <KioskButton variant="bar" icon={<Repeat {...icon} />} onPress={() => onCommand('repeat')}>
        {t('bar.repeat')}
      </KioskButton>
      <KioskButton variant="bar" icon={<Eye {...icon} />} onPress={() => onCommand('display')}>
        {t('bar.display')}
      </KioskButton>
      <KioskButton
        variant="bar"
        icon={<Languages {...icon} />}
        onPress={() => onCommand('language')}
        aria-label={t('language.switchTo', { language: t(`language.${otherLanguage}`) })}
      >
        <span lang={otherLanguage}>{t(`language.${otherLanguage}`)}</span>
      </KioskButton>
      <KioskButton variant="bar" icon={<House {...icon} />} onPress={() => onCommand('home')}>
        {t('bar.home')}
      </KioskButton>
      {staffName !== undefined && (
        <KioskButton variant="bar" icon={<UserCog {...icon} />} onPress={() => onCommand('staffPanel')}>
          {t('staffMode.bar', { name: staffName })}
        </KioskButton>
      )}
    </nav>
  );
}
