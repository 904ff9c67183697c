import { useEffect, useState } from 'react';
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

/** Loads the hall's settings and the enabled services, and registers the services' texts with i18next. */
export function useKioskData(): KioskDataState {
  const { i18n } = useTranslation();
  const [state, setState] = useState<KioskDataState>({ status: 'loading' });
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
        setState({ status: 'failed' });
        retry = setTimeout(() => void load(), retryMs);
      }
    };
    void load();
    return () => {
      current = false;
      clearTimeout(retry);
    };
  }, [i18n]);
  return state;
}
