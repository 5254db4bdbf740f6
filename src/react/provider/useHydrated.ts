import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;
const onClient = () => true;
const onServer = () => false;

/**
 * `false` on the server and during hydration (the first client render of
 * server HTML), `true` from then on and in client-only renders. What
 * differs between server and browser (randomness, `window.location`,
 * `navigator.language`) waits for it, so that the first client render
 * matches the server's HTML and React hydrates without a mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, onClient, onServer);
}
