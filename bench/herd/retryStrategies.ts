import { createRetryPolicy } from '../../src/core/recovery/retryPolicy';
import { LuxxonError } from '../../src/core/errors/LuxxonError';
import { waitingDelay } from '../../src/core/recovery/waitingDelay';

/** How long a client waits after its `failures`-th failed request (1 after the first), given the error. */
export type NextDelay = (failures: number, error: LuxxonError) => number;

/** A client's retry behaviour, made per simulation from a seeded random source. */
export interface RetryStrategy {
  readonly name: string;
  readonly create: (random: () => number) => NextDelay;
}

/** React Query's retries the kit's default policy allows (`luxxonRetry`). */
const QUERY_RETRIES = 3;

/**
 * The kit as an app runs it for a 503 UNAVAILABLE: React Query retries with
 * the kit's policy (full jitter, 1 s base, jitter on top of Retry-After);
 * then the boundary's waiting screen counts down `waitingDelay` (equal
 * jitter, 4 s base, 60 s cap; Retry-After plus jitter) and checks again with
 * one request (no React Query retries inside a check); and so on until a
 * request succeeds.
 */
export const KIT_AS_SHIPPED: RetryStrategy = {
  name: 'kit: luxxonRetry ×3, then waiting screen',
  create: (random) => {
    const policy = createRetryPolicy({ random });
    return (failures, error) => {
      // The first fetch is 1 + QUERY_RETRIES requests; each check of the waiting screen is one.
      if (policy.retry(failures - 1, error)) return policy.retryDelay(failures - 1, error);
      return waitingDelay(failures - 1 - QUERY_RETRIES, { retryAfterMs: error.retryAfterMs, random });
    };
  },
};

/** The kit's React Query policy alone, with retries unbounded: full jitter, 1 s base, 30 s cap. */
export const KIT_POLICY_ONLY: RetryStrategy = {
  name: 'kit policy alone (full jitter), unbounded',
  create: (random) => {
    const policy = createRetryPolicy({ random, maxRetries: Infinity });
    return (failures, error) => policy.retryDelay(failures - 1, error);
  },
};

/** Every second, no jitter: what a `setInterval` poller does. */
export const FIXED_INTERVAL: RetryStrategy = {
  name: 'fixed interval 1 s',
  create: () => (_failures, error) => Math.max(1000, error.retryAfterMs ?? 0),
};

/** React Query's own default shape: 1 s, 2 s, 4 s … 30 s, no jitter. */
export const EXPONENTIAL_NO_JITTER: RetryStrategy = {
  name: 'exponential 1 s…30 s, no jitter',
  create: () => (failures, error) => Math.max(Math.min(1000 * 2 ** (failures - 1), 30_000), error.retryAfterMs ?? 0),
};

/** The strategies `npm run bench` compares, the kit's first. */
export const RETRY_STRATEGIES: readonly RetryStrategy[] = [KIT_AS_SHIPPED, KIT_POLICY_ONLY, FIXED_INTERVAL, EXPONENTIAL_NO_JITTER];

/** The 503 every failed request gets. */
export function unavailable(retryAfterMs: number | undefined): LuxxonError {
  return new LuxxonError({ code: 'UNAVAILABLE', statusCode: 503, retryAfterMs });
}
