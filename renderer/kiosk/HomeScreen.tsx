import { useTranslation } from 'react-i18next';
import type { CatalogResponse } from '../api.ts';
import { seedNamespace } from '../i18n/seed-texts.ts';
import { ServiceIcon } from '../ui/ServiceIcon.tsx';
import { Tile } from '../ui/Tile.tsx';
import { Screen } from '../ui/Screen.tsx';
import './HomeScreen.css';

export interface HomeScreenProps {
  catalog: CatalogResponse;
  onOpenService: (serviceId: string) => void;
}

/** product.md, Home: big service tiles with picture, name and one line. */
export function HomeScreen({ catalog, onOpenService }: HomeScreenProps) {
  const { t } = useTranslation();
  const seedText = (id: string) => t(id, { ns: seedNamespace, ...catalog.countyFigures });
  return (
    <Screen heading={t('home.heading')} prompt={[{ id: 'home.heading' }, { id: 'home.prompt' }]}>
      <p>{t('home.prompt')}</p>
      <ul className="home-tiles" aria-label={t('home.servicesLabel')}>
        {catalog.services.map((service) => (
          <li key={service.id}>
            <Tile
              icon={<ServiceIcon icon={service.icon} />}
              name={seedText(service.name.id)}
              summary={seedText(service.summary.id)}
              onPress={() => onOpenService(service.id)}
            />
          </li>
        ))}
      </ul>
    </Screen>
  );
}
