import { act } from '@testing-library/react';
import { vi } from 'vitest';

/**
 * Makes the tab hidden or visible as a browser does: `document.visibilityState`
 * changes and `visibilitychange` fires (inside `act`). Restored by
 * `vi.restoreAllMocks()`.
 *
 * @example setTabVisibility('hidden'); await tick(60_000); setTabVisibility('visible');
 */
export function setTabVisibility(state: DocumentVisibilityState): void {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(state);
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}
