import { act } from '@testing-library/react';
import { vi } from 'vitest';

/**
 * Advances fake time in steps of at most a second, letting React commit (and
 * a countdown re-arm its one timer) between steps.
 */
export async function tick(ms: number): Promise<void> {
  let left = ms;
  do {
    const step = Math.min(left, 1000);
    await act(() => vi.advanceTimersByTimeAsync(step));
    left -= step;
  } while (left > 0);
}
