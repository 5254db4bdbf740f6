import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failing } from '../../../test/support/failing';
import { LuxxonError } from '../errors/LuxxonError';
import { parseRetryAfter } from '../errors/parseRetryAfter';
import { createRetryPolicy, luxxonRetry, luxxonRetryDelay } from './retryPolicy';

const err = (code: string, init: Partial<ConstructorParameters<typeof LuxxonError>[0]> = {}) => new LuxxonError({ code, ...init });

describe('luxxonRetry', () => {
  it.each(['UNAVAILABLE', 'DATABASE_ERROR', 'AUTHZ_ERROR', 'VIDEO_ERROR', 'QUEUE_ERROR', 'EXTERNAL_ERROR', 'PAYMENT_ERROR', 'INTERNAL_SERVER_ERROR', 'NETWORK_ERROR', 'BAD_RESPONSE'])(
    'retries transient %s up to 3 times',
    (code) => {
      expect([0, 1, 2, 3].map((n) => luxxonRetry(n, err(code)))).toEqual([true, true, true, false]);
    },
  );

  it.each([
    'NOT_AUTHENTICATED',
    'NOT_AUTHORIZED',
    'INSUFFICIENT_SCOPE',
    'NO_CREDIT',
    'INSUFFICIENT_CREDIT',
    'INVALID_STATE',
    'CONFLICT',
    'INVALID_INPUT',
    'NO_COVERAGE',
    'NOT_FOUND',
    'UNKNOWN',
    'SOME_FUTURE_CODE',
  ])('never retries %s', (code) => {
    expect(luxxonRetry(0, err(code))).toBe(false);
  });

  it('normalizes raw thrown values first', () => {
    expect(luxxonRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(luxxonRetry(0, { statusCode: 401, code: 'NOT_AUTHENTICATED' })).toBe(false);
    expect(luxxonRetry(0, 'garbage')).toBe(false);
  });
});

describe('retry delay', () => {
  it('is full jitter under an exponential ceiling: random × min(cap, base·2ⁿ)', () => {
    const top = createRetryPolicy({ random: () => 0.999_999 });
    const bottom = createRetryPolicy({ random: () => 0 });
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => top.retryDelay(n, err('UNAVAILABLE')))).toEqual([999, 1999, 3999, 7999, 15_999, 29_999, 29_999]);
    expect(bottom.retryDelay(5, err('UNAVAILABLE'))).toBe(0);
  });

  it('waits Retry-After (capped at maxRetryAfterMs) plus the jitter, so that clients do not all come back at once', () => {
    const low = createRetryPolicy({ random: () => 0 });
    const high = createRetryPolicy({ random: () => 0.5 });
    expect(low.retryDelay(0, err('UNAVAILABLE', { retryAfterMs: 5000 }))).toBe(5000);
    expect(high.retryDelay(0, err('UNAVAILABLE', { retryAfterMs: 5000 }))).toBe(5500);
    expect(high.retryDelay(2, err('UNAVAILABLE', { retryAfterMs: 5000 }))).toBe(7000);
    expect(low.retryDelay(0, err('UNAVAILABLE', { retryAfterMs: 3_600_000 }))).toBe(60_000);
  });

  it('the default is within bounds', () => {
    for (let n = 0; n < 20; n += 1) {
      const delay = luxxonRetryDelay(n, err('UNAVAILABLE'));
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(30_000);
    }
  });
});

describe('with a real QueryClient (fake timers)', () => {
  let client: QueryClient;
  beforeEach(() => {
    vi.useFakeTimers();
    const { retry, retryDelay } = createRetryPolicy({ random: () => 0.5 });
    client = new QueryClient({ defaultOptions: { queries: { retry, retryDelay } } });
  });
  afterEach(() => {
    client.clear();
    vi.useRealTimers();
  });

  it('retries UNAVAILABLE at 500, 1000 and 2000 ms, then gives up after 4 requests', async () => {
    const calls: number[] = [];
    const queryFn = vi.fn(async () => {
      calls.push(Date.now());
      throw err('UNAVAILABLE');
    });
    const result = client.fetchQuery({ queryKey: ['live'], queryFn }).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await result).toBeInstanceOf(LuxxonError);
    expect(queryFn).toHaveBeenCalledTimes(4);
    expect(calls.slice(1).map((t, i) => t - calls[i]!)).toEqual([500, 1000, 2000]);
  });

  it('does not retry NOT_AUTHENTICATED: one request', async () => {
    const queryFn = vi.fn(async () => {
      throw err('NOT_AUTHENTICATED', { statusCode: 401 });
    });
    const result = client.fetchQuery({ queryKey: ['me'], queryFn }).catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    await result;
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('recovers when a retry succeeds, honouring Retry-After', async () => {
    const queryFn = failing([err('DATABASE_ERROR', { retryAfterMs: 3000 })], 'frame');
    const result = client.fetchQuery({ queryKey: ['frame'], queryFn });
    // Retry-After 3000 ms + jitter 0.5 × 1000 ms.
    await vi.advanceTimersByTimeAsync(3499);
    expect(queryFn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe('frame');
    expect(queryFn).toHaveBeenCalledTimes(2);
  });
});

describe('retry delay: Retry-After lengthens the backoff, never shortens it', () => {
  const NOW = Date.parse('2026-05-13T08:30:00Z');
  const short = [0, 1, 999, parseRetryAfter('0', NOW), parseRetryAfter('Wed, 13 May 2026 08:29:00 GMT', NOW), -5, Number.NaN];

  it.each(short)('Retry-After %j ms waits at least the plain backoff, for any failure count and randomness', (retryAfterMs) => {
    for (let n = 0; n < 12; n += 1) {
      for (const r of [0, 0.25, 0.5, 0.999]) {
        const { retryDelay } = createRetryPolicy({ random: () => r });
        expect(retryDelay(n, err('UNAVAILABLE', { retryAfterMs }))).toBeGreaterThanOrEqual(retryDelay(n, err('UNAVAILABLE')));
      }
    }
  });
});
