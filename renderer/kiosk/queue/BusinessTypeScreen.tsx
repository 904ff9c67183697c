import { useTranslation } from 'react-i18next';
import type { CatalogService, KioskSettings } from '../../api.ts';
import { seedNamespace } from '../../i18n/seed-texts.ts';
import { ServiceIcon } from '../../ui/ServiceIcon.tsx';
import { Tile } from '../../ui/Tile.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { ScreenActions } from '../../ui/ScreenActions.tsx';
import './queue.css';

export interface BusinessTypeScreenProps {
  service: CatalogService;
  businessTypes: KioskSettings['queue']['businessTypes'];
  onChoose: (letter: string) => void;
  onBack: () => void;
}

/** The first step of taking a ticket: which kind of business, as big tiles with a picture each. */
export function BusinessTypeScreen({ service, businessTypes, onChoose, onBack }: BusinessTypeScreenProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Screen
      heading={t(service.name.id, { ns: seedNamespace })}
      prompt={[{ id: service.name.id }, { id: 'queue.businessType.prompt' }]}
      onBack={onBack}
      actions={<ScreenActions onBack={onBack} />}
    >
      <p>{t('queue.businessType.prompt')}</p>
      <ul className="queue-types" aria-label={t('queue.businessType.listLabel')}>
        {businessTypes.map((type) => (
          <li key={type.letter}>
            <Tile
              icon={<ServiceIcon icon={type.icon} />}
              name={type.name[language]}
              summary={t('queue.businessType.letter', { letter: type.letter })}
              onPress={() => onChoose(type.letter)}
            />
          </li>
        ))}
      </ul>
    </Screen>
  );
}
