import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { CatalogResponse, KioskSettings } from '../api.ts';
import { addSeedTexts } from '../i18n/seed-texts.ts';

export interface KioskData {
  catalog: CatalogResponse;
  settings: KioskSettings;
}

export type KioskDataState = { status: 'loading' } | { status: 'failed' } | ({ status: 'ready' } & KioskData);

/** The kiosk never stays on a dead screen: a failed load is retried until it works. */
const retryMs = 5_000;

/**
 * Loads the hall's settings and the enabled services, and registers the services' texts with i18next.
 * `reload` fetches them again when staff change the config; the screen in use stays as it is until the
 * new data has arrived, and keeps the old data if it cannot.
 */
export function useKioskData(): { state: KioskDataState; reload: () => void } {
  const { i18n } = useTranslation();
  const [state, setState] = useState<KioskDataState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const [catalogResponse, settingsResponse] = await Promise.all([api.catalog.$get(), api.kiosk.$get()]);
        if (!catalogResponse.ok || !settingsResponse.ok) throw new Error('the kiosk backend is not ready');
        const [catalog, settings] = await Promise.all([catalogResponse.json(), settingsResponse.json()]);
        addSeedTexts(i18n, catalog.services);
        if (current) setState({ status: 'ready', catalog, settings });
      } catch {
        if (!current) return;
        setState((now) => (now.status === 'ready' ? now : { status: 'failed' }));
        retry = setTimeout(() => void load(), retryMs);
      }
    };
    void load();
    return () => {
      current = false;
      clearTimeout(retry);
    };
  }, [i18n, generation]);
  const reload = useCallback(() => setGeneration((count) => count + 1), []);
  return { state, reload };
}
