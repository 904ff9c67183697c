import { useEffect } from 'react';
import type { LiveClientKind, LiveEvent } from '../electron/server/hub.ts';

/** Subscribes to the backend's live events (SSE) while the component is shown; EventSource reconnects by itself. */
export function useLiveEvents(client: LiveClientKind, onEvent: (event: LiveEvent) => void): void {
  useEffect(() => {
    const source = new EventSource(`/api/events?client=${client}`);
    const listener = (message: MessageEvent<string>) => onEvent(JSON.parse(message.data) as LiveEvent);
    source.addEventListener('hello', listener);
    return () => source.close();
  }, [client, onEvent]);
}
