import { useState } from 'react';

/**
 * What an admin is changing, started from what is in force and started again whenever that changes (a
 * save, or another admin's change). Kept in place rather than by remounting, so keyboard focus stays put.
 */
export function useDraft<T>(inForce: T): [T, (change: (draft: T) => T) => void] {
  const inForceKey = JSON.stringify(inForce);
  const [draft, setDraft] = useState({ from: inForceKey, value: inForce });
  // React's "adjusting state when a prop changes": done during render, before anything is drawn.
  if (draft.from !== inForceKey) setDraft({ from: inForceKey, value: inForce });
  const value = draft.from === inForceKey ? draft.value : inForce;
  return [value, (change) => setDraft((previous) => ({ ...previous, value: change(previous.value) }))];
}
