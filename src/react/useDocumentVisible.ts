import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

const isVisible = () => document.visibilityState !== 'hidden';
const onServer = () => true;

/** Whether the page is visible; `false` while its tab is in the background. */
export function useDocumentVisible(): boolean {
  return useSyncExternalStore(subscribe, isVisible, onServer);
}
