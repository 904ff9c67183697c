import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
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

/** Fetches the hall's settings and the enabled services, and registers the services' texts with i18next. */
async function fetchKioskData(i18n: I18n): Promise<KioskData> {
  const [catalogResponse, settingsResponse] = await Promise.all([api.catalog.$get(), api.kiosk.$get()]);
  if (!catalogResponse.ok || !settingsResponse.ok) throw new Error('the kiosk backend is not ready');
  const [catalog, settings] = await Promise.all([catalogResponse.json(), settingsResponse.json()]);
  addSeedTexts(i18n, catalog.services);
  return { catalog, settings };
}

/** The first load, started before anything is drawn (startFirstLoad); taken over by the first useKioskData. */
interface FirstLoad {
  promise: Promise<KioskData>;
  /** Set once the data is in. */
  data?: KioskData;
}
let firstLoad: FirstLoad | undefined;

/**
 * Starts loading before React draws anything, and resolves once the data is in or `waitMs` has passed,
 * whichever comes first. main.tsx draws after it: home is then the first screen, rather than the
 * 正在准备 (please wait) screen drawn, spoken and replaced a moment later. A slow or absent backend still
 * gets that screen in time.
 */
export function startFirstLoad(i18n: I18n, waitMs: number): Promise<void> {
  const load: FirstLoad = { promise: fetchKioskData(i18n) };
  firstLoad = load;
  const settled = load.promise.then(
    (data) => {
      load.data = data;
    },
    () => undefined,
  );
  return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, waitMs))]);
}

/**
 * The hall's settings and the enabled services. `reload` fetches them again when staff change the config;
 * the screen in use stays as it is until the new data has arrived, and keeps the old data if it cannot.
 */
export function useKioskData(): { state: KioskDataState; reload: () => void } {
  const { i18n } = useTranslation();
  const [state, setState] = useState<KioskDataState>(() => (firstLoad?.data ? { status: 'ready', ...firstLoad.data } : { status: 'loading' }));
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const started = firstLoad?.promise;
      firstLoad = undefined;
      try {
        const data = await (started ?? fetchKioskData(i18n));
        // The first load's data may be on screen already (useState above): nothing to draw again.
        if (current) setState((now) => (now.status === 'ready' && now.catalog === data.catalog ? now : { status: 'ready', ...data }));
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
