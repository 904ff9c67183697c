import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiFailure, ApiResult } from './staff-api.ts';

export interface Loaded<T> {
  data?: T;
  /** The last load's failure; what was shown before stays shown. */
  failure?: ApiFailure;
  reload: () => void;
}

/**
 * Loads what a console section shows, and loads it again whenever `refreshKey` changes (the console
 * bumps it on the live events that concern the section) or after the section's own changes.
 */
export function useLoaded<T>(load: () => Promise<ApiResult<T>>, refreshKey = 0): Loaded<T> {
  const [state, setState] = useState<{ data?: T; failure?: ApiFailure }>({});
  const loads = useRef(0);
  const reload = useCallback(() => {
    const thisLoad = ++loads.current;
    void load().then((result) => {
      // An answer that arrives after a newer one's is out of date.
      if (thisLoad !== loads.current) return;
      setState((previous) => (result.ok ? { data: result } : { data: previous.data, failure: result }));
    });
  }, [load]);
  useEffect(reload, [reload, refreshKey]);
  return { ...state, reload };
}
