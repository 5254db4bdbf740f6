import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Fake timers and `Math.random() === 0` (equal jitter at its low end: 2 s,
 * 4 s, 8 s…) for every test of the calling `describe` (or file), then real
 * timers and restored mocks after each. Advance time with `tick`.
 *
 * @example
 * describe('WaitingScreen', () => {
 *   useFakeTime();
 *   it('counts down', async () => { … await tick(1000); … });
 * });
 */
export function useFakeTime(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}
