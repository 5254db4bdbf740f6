import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/** `false` on the server and while hydrating, `true` after: what may differ from the server HTML waits for it. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
