import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../errors/parseRetryAfter';
import { waitingDelay } from './waitingDelay';

describe('waitingDelay', () => {
  it('doubles its ceiling per attempt with half of it jittered, in whole seconds', () => {
    const low = (n: number) => waitingDelay(n, { random: () => 0 });
    const high = (n: number) => waitingDelay(n, { random: () => 0.999 });
    expect([0, 1, 2, 3, 4, 5].map(low)).toEqual([2000, 4000, 8000, 16_000, 30_000, 30_000]);
    expect([0, 1, 2, 3, 4, 5].map(high)).toEqual([4000, 8000, 16_000, 32_000, 60_000, 60_000]);
  });

  it('never shows a zero countdown: at least two seconds, whatever the attempt, the randomness or Retry-After', () => {
    for (const attempt of [-1, 0, 1, 12])
      for (const retryAfterMs of [undefined, 0, -5000, Number.NaN])
        expect(waitingDelay(attempt, { retryAfterMs, random: () => 0 })).toBeGreaterThanOrEqual(2000);
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

/** How many automatic checks the waiting screen makes in `windowMs` when every check fails again. */
function checksIn(windowMs: number, retryAfterMs: number | undefined, random: () => number): number {
  let elapsed = 0;
  let checks = 0;
  for (;;) {
    elapsed += waitingDelay(checks, { retryAfterMs, random });
    if (elapsed > windowMs) return checks;
    checks += 1;
  }
}

describe('waitingDelay: Retry-After lengthens the backoff, never shortens it', () => {
  const NOW = Date.parse('2026-05-13T08:30:00Z');
  // `Retry-After: 0`, an HTTP date in the past (the client's clock ahead of the server's), a few ms.
  const short = [0, 1, 999, parseRetryAfter('0', NOW), parseRetryAfter('Wed, 13 May 2026 08:29:00 GMT', NOW)];

  it.each(short)('Retry-After %j ms keeps the full floor: never sooner than without it, at any attempt', (retryAfterMs) => {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      for (const r of [0, 0.25, 0.5, 0.999]) {
        const without = waitingDelay(attempt, { random: () => r });
        expect(waitingDelay(attempt, { retryAfterMs, random: () => r })).toBeGreaterThanOrEqual(without);
      }
    }
  });

  it.each(short)('Retry-After %j ms: no more checks in 5 minutes than without it (worst-case randomness)', (retryAfterMs) => {
    const without = checksIn(5 * 60_000, undefined, () => 0);
    expect(without).toBe(13);
    expect(checksIn(5 * 60_000, retryAfterMs, () => 0)).toBeLessThanOrEqual(without);
  });

  it('a long Retry-After still wins over a short backoff', () => {
    expect(waitingDelay(0, { retryAfterMs: 20_000, random: () => 0 })).toBe(20_000);
  });
});
