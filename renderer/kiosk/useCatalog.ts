import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { CatalogResponse } from '../api.ts';
import { addSeedTexts } from '../i18n/seed-texts.ts';

export type CatalogState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; catalog: CatalogResponse };

/** The kiosk never stays on a dead screen: a failed load is retried until it works. */
const retryMs = 5_000;

/** Loads the enabled services and registers their texts with i18next. */
export function useCatalog(): CatalogState {
  const { i18n } = useTranslation();
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const response = await api.catalog.$get();
        if (!response.ok) throw new Error(`catalog: HTTP ${response.status}`);
        const catalog = await response.json();
        addSeedTexts(i18n, catalog.services);
        if (current) setState({ status: 'ready', catalog });
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
