import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectPropertyHolds } from '../../../test/support/checkProperty';
import { shortRetryAfterHeader, thrownValue } from '../../../test/support/hostileValues';
import { LUXXON_ERROR_CODES } from '../codes/codes';
import { LIMITS } from '../errors/limits';
import { LuxxonError } from '../errors/LuxxonError';
import { parseRetryAfter } from '../errors/parseRetryAfter';
import { createRetryPolicy } from './retryPolicy';
import { waitingDelay } from './waitingDelay';

/** Retry-After values an app-built LuxxonError may carry: anything a number can be. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0, Number.MAX_VALUE, LIMITS.retryAfterMs + 1),
  fc.constant(undefined),
);

/** Any thrown value, plus LuxxonErrors carrying any Retry-After at all. */
const anyError = fc.oneof(
  thrownValue,
  fc
    .tuple(fc.constantFrom(...LUXXON_ERROR_CODES, 'NETWORK_ERROR', 'BAD_RESPONSE'), anyNumber)
    .map(([code, retryAfterMs]) => new LuxxonError({ code, retryAfterMs })),
);

const random = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const failureCount = fc.oneof(fc.nat({ max: 100 }), fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER));
const options = fc.record({
  maxRetries: fc.nat({ max: 10 }),
  baseDelayMs: fc.integer({ min: 1, max: 10_000 }),
  maxDelayMs: fc.integer({ min: 1, max: 120_000 }),
  maxRetryAfterMs: fc.integer({ min: 0, max: 600_000 }),
});

describe('retry policy: a retry storm is impossible', () => {
  it('never retries more than maxRetries times in a row, for any error (1000 cases)', async () => {
    await expectPropertyHolds(
      'createRetryPolicy().retry is bounded',
      fc.property(options, anyError, ({ maxRetries }, error) => {
        const { retry } = createRetryPolicy({ maxRetries });
        // React Query's loop: retry(failureCount, error) after each failure, from 0.
        let retries = 0;
        while (retry(retries, error)) {
          retries += 1;
          if (retries > maxRetries) break;
        }
        expect(retries).toBeLessThanOrEqual(maxRetries);
        expect(retry(maxRetries, error)).toBe(false);
      }),
      1000,
    );
  });

  it('never says yes past maxRetries, for any failure count (1000 cases)', async () => {
    await expectPropertyHolds(
      'createRetryPolicy().retry(n ≥ max) is false',
      fc.property(options, failureCount, anyError, ({ maxRetries }, n, error) => {
        fc.pre(n >= maxRetries);
        expect(createRetryPolicy({ maxRetries }).retry(n, error)).toBe(false);
      }),
      1000,
    );
  });

  it('waits a finite time no longer than its caps, for any failure count, randomness and Retry-After (3000 cases)', async () => {
    await expectPropertyHolds(
      'createRetryPolicy().retryDelay is capped',
      fc.property(options, failureCount, random, anyError, (opts, n, r, error) => {
        const delay = createRetryPolicy({ ...opts, random: () => r }).retryDelay(n, error);
        expect(Number.isFinite(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(0);
        // Retry-After (capped) plus at most one jitter ceiling on top.
        expect(delay).toBeLessThanOrEqual(opts.maxRetryAfterMs + opts.maxDelayMs);
      }),
      3000,
    );
  });

  it('without Retry-After, never waits longer than maxDelayMs (1000 cases)', async () => {
    await expectPropertyHolds(
      'createRetryPolicy().retryDelay ≤ maxDelayMs',
      fc.property(options, failureCount, random, fc.constantFrom(...LUXXON_ERROR_CODES), (opts, n, r, code) => {
        const delay = createRetryPolicy({ ...opts, random: () => r }).retryDelay(n, new LuxxonError({ code }));
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(opts.maxDelayMs);
      }),
      1000,
    );
  });
});

describe('waitingDelay: the waiting screen never spins', () => {
  it('is whole seconds, at least one, at most its cap (or the Retry-After limit), for any input (3000 cases)', async () => {
    await expectPropertyHolds(
      'waitingDelay is bounded',
      fc.property(
        failureCount,
        random,
        anyNumber,
        (attempt, r, retryAfterMs) => {
          const delay = waitingDelay(attempt, { retryAfterMs, random: () => r });
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay % 1000).toBe(0);
          expect(delay).toBeGreaterThanOrEqual(1000);
          // Retry-After (capped) plus at most half of the 60 s ceiling of jitter on top.
          expect(delay).toBeLessThanOrEqual(LIMITS.retryAfterMs + 30_000);
        },
      ),
      3000,
    );
  });
});

describe('Retry-After lengthens the backoff, never shortens it', () => {
  const NOW = Date.parse('2026-05-13T08:30:00Z');
  /** Retry-After values that ask for less than the backoff: parsed headers (0, HTTP dates in the past) and any number. */
  const shortRetryAfter = fc.oneof(shortRetryAfterHeader(NOW).map((header) => parseRetryAfter(header, NOW)), fc.integer({ min: 0, max: 3000 }), anyNumber);

  it(
    'waitingDelay with a short, zero or past Retry-After waits at least as long as without (10000 cases)',
    async () => {
      await expectPropertyHolds(
        'waitingDelay(Retry-After in the past) ≥ waitingDelay()',
        fc.property(failureCount, random, shortRetryAfter, (attempt, r, retryAfterMs) => {
          expect(waitingDelay(attempt, { retryAfterMs, random: () => r })).toBeGreaterThanOrEqual(waitingDelay(attempt, { random: () => r }));
        }),
        10_000,
      );
    },
    60_000,
  );

  it(
    'retryDelay with a short, zero or past Retry-After waits at least as long as without (10000 cases)',
    async () => {
      await expectPropertyHolds(
        'retryDelay(Retry-After in the past) ≥ retryDelay()',
        fc.property(options, failureCount, random, shortRetryAfter, (opts, n, r, retryAfterMs) => {
          const { retryDelay } = createRetryPolicy({ ...opts, random: () => r });
          expect(retryDelay(n, new LuxxonError({ code: 'UNAVAILABLE', retryAfterMs }))).toBeGreaterThanOrEqual(retryDelay(n, new LuxxonError({ code: 'UNAVAILABLE' })));
        }),
        10_000,
      );
    },
    60_000,
  );
});
