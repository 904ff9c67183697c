import { useEffect, useRef } from 'react';
import type { LiveClientKind, LiveEvent } from '../electron/server/hub.ts';
import { liveEventTypes } from '../electron/server/hub.ts';

/**
 * Subscribes to the backend's live events (SSE) while the component is shown; EventSource reconnects by
 * itself. The handler is kept in a ref, so a new function each render does not reconnect.
 */
export function useLiveEvents(client: LiveClientKind, onEvent: (event: LiveEvent) => void): void {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  useEffect(() => {
    // EventSource, not the typed client: hc reads one answer, and an SSE stream is endless and reconnects.
    const source = new EventSource(`/api/events?client=${client}`);
    const listener = (message: MessageEvent<string>) => handler.current(JSON.parse(message.data) as LiveEvent);
    for (const type of liveEventTypes) source.addEventListener(type, listener);
    return () => source.close();
  }, [client]);
}
