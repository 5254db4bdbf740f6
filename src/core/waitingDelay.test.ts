import { describe, expect, it } from 'vitest';
import { waitingDelay } from './waitingDelay';

describe('waitingDelay', () => {
  it('doubles its ceiling per attempt with half of it jittered, in whole seconds', () => {
    const low = (n: number) => waitingDelay(n, { random: () => 0 });
    const high = (n: number) => waitingDelay(n, { random: () => 0.999 });
    expect([0, 1, 2, 3, 4, 5].map(low)).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000]);
    expect([0, 1, 2, 3, 4, 5].map(high)).toEqual([4000, 8000, 16_000, 32_000, 60_000, 60_000]);
  });

  it('never shows a zero countdown', () => {
    expect(waitingDelay(0, { baseDelayMs: 10, random: () => 0 })).toBe(1000);
  });

  it('waits Retry-After (bounded at five minutes) plus the random half of its ceiling', () => {
    expect(waitingDelay(0, { retryAfterMs: 12_500, random: () => 0 })).toBe(13_000);
    expect(waitingDelay(0, { retryAfterMs: 12_500, random: () => 0.999 })).toBe(15_000);
    expect(waitingDelay(0, { retryAfterMs: 10 * 60_000, random: () => 0 })).toBe(300_000);
  });

  it('spreads clients out: 1000 clients on their first retry land over a 2 s window', () => {
    const delays = Array.from({ length: 1000 }, (_, i) => waitingDelay(0, { random: () => i / 1000 }));
    expect(new Set(delays)).toEqual(new Set([2000, 3000, 4000]));
  });
});
